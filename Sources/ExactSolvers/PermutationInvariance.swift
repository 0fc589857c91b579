import MarkovGames

/// How far a population game is from mfppo's permutation invariance (2.1): for every permutation κ
/// of the agents, acting on a profile by (κx)_i = x_{κ(i)} and on a joint action alike,
///
///   P(κs'|κs,κa) = P(s'|s,a),   r(κs,κa) = r(s,a)   (shared reward),
///
/// and for per-agent rewards r_i(κs,κa) = r_{κ(i)}(s,a) (agent i of the relabelled game is agent κ(i)).
/// A joint policy is symmetric when π(κa|κs) = π(a|s). Each check returns the worst violation over
/// all N! permutations (0 exactly when invariant), so a claim can report it as evidence.
public enum PermutationInvariance {
    /// The worst violations of (2.1) in `game`.
    public struct Violation: Sendable {
        /// max |P(κs'|κs,κa) − P(s'|s,a)|.
        public let transitions: Double
        /// max |r_i(κs,κa) − r_{κ(i)}(s,a)|.
        public let rewards: Double
        /// The larger of the two.
        public var worst: Double { max(transitions, rewards) }
    }

    /// The largest number of agents checked (N! permutations are enumerated).
    public static let maximumAgents = 8

    /// Checks (2.1) on a population game. Complexity O(N!·|S|²·|A|).
    public static func violation(of game: Game) throws(SolverError) -> Violation {
        let maps = try permutationMaps(game)
        let nS = game.stateCount, nA = game.jointActionCount
        var worstP = 0.0, worstR = 0.0
        for (kappa, stateMap, actionMap) in maps {
            for s in 0..<nS {
                for a in 0..<nA {
                    let ks = stateMap[s], ka = actionMap[a]
                    for t in 0..<nS {
                        worstP = max(worstP, abs(game.probability(from: ks, ka, to: stateMap[t]) - game.probability(from: s, a, to: t)))
                    }
                    for i in 0..<game.agentCount {
                        worstR = max(worstR, abs(game.reward(agent: i, ks, ka) - game.reward(agent: kappa[i], s, a)))
                    }
                }
            }
        }
        return Violation(transitions: worstP, rewards: worstR)
    }

    /// max |π(κa|κs) − π(a|s)| over permutations κ, states and joint actions.
    public static func violation(of policy: JointPolicy, in game: Game) throws(SolverError) -> Double {
        let nS = game.stateCount, nA = game.jointActionCount
        var worst = 0.0
        for (_, stateMap, actionMap) in try permutationMaps(game) {
            for s in 0..<nS {
                for a in 0..<nA {
                    worst = max(worst, abs(policy.table[stateMap[s] * nA + actionMap[a]] - policy.table[s * nA + a]))
                }
            }
        }
        return worst
    }

    /// Every permutation κ with the maps s ↦ κs and a ↦ κa.
    private static func permutationMaps(_ game: Game) throws(SolverError) -> [(kappa: [Int], states: [Int], actions: [Int])] {
        let profiles = try LocalStateProfiles(game: game)
        try LocalStateProfiles.requireHomogeneousActions(game)
        guard game.agentCount <= maximumAgents else {
            throw .unsupported("\(game.agentCount) agents: invariance is checked over all N! permutations, for N ≤ \(maximumAgents)")
        }
        let space = game.jointActions
        let decodedStates = (0..<game.stateCount).map(profiles.localStates(ofState:))
        let decodedActions = (0..<space.count).map(space.actions(of:))
        return permutations(of: game.agentCount).map { kappa in
            let states = decodedStates.map { x in profiles.state(ofLocalStates: kappa.map { x[$0] }) }
            let actions = decodedActions.map { a in space.index(of: kappa.map { a[$0] }) }
            return (kappa, states, actions)
        }
    }

    /// All permutations of 0..<n in lexicographic order.
    static func permutations(of n: Int) -> [[Int]] {
        var out: [[Int]] = [], current: [Int] = [], used = [Bool](repeating: false, count: n)
        func extend() {
            if current.count == n { out.append(current); return }
            for i in 0..<n where !used[i] {
                used[i] = true; current.append(i)
                extend()
                current.removeLast(); used[i] = false
            }
        }
        extend()
        return out
    }
}
