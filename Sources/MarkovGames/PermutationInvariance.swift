/// Checks that a population game is invariant under permuting its agents (mfppo eq. (2.1)):
///
///   P(κs' | κs, κa) = P(s' | s, a),   r(κs, κa) = r(s, a)   for every permutation κ of [N],
///
/// where κ carries agent i's local state and action to position κ(i): (κx)_{κ(i)} = x_i, the
/// same κ acting on s, s' and a. For per-agent rewards the condition is equivariance,
/// r_{κ(i)}(κs, κa) = r_i(s, a).
public enum PermutationInvariance {
    /// The largest violations over the permutations checked, and a permutation attaining the
    /// larger of the two (the identity when there is no violation).
    public struct Violation: Equatable, Sendable {
        /// max |P(κs'|κs,κa) − P(s'|s,a)|.
        public let transitions: Double
        /// max |r(κs,κa) − r(s,a)| (shared) or max |r_{κ(i)}(κs,κa) − r_i(s,a)| (per agent).
        public let rewards: Double
        /// The permutation κ (κ[i] = new position of agent i) with the largest violation.
        public let permutation: [Int]

        /// max(transitions, rewards).
        public var worst: Double { max(transitions, rewards) }
    }

    /// Every permutation of 0..<n, in lexicographic order (n! of them).
    public static func allPermutations(_ n: Int) -> [[Int]] {
        var out: [[Int]] = []
        var current: [Int] = []
        var used = [Bool](repeating: false, count: n)
        func extend() {
            if current.count == n { out.append(current); return }
            for v in 0..<n where !used[v] {
                used[v] = true; current.append(v)
                extend()
                used[v] = false; current.removeLast()
            }
        }
        extend()
        return out
    }

    /// The n − 1 adjacent transpositions (i i+1). They generate the symmetric group, so a game
    /// invariant under each of them is invariant under every permutation (a cheap exact test
    /// of invariance; the worst violation over all permutations can be larger).
    public static func adjacentTranspositions(_ n: Int) -> [[Int]] {
        (0..<max(n - 1, 0)).map { i in
            var p = Array(0..<n)
            p.swapAt(i, i + 1)
            return p
        }
    }

    /// The worst violation of invariance over `permutations` (every permutation by default).
    /// The game needs a population structure and the same action set size for every agent.
    /// Cost: O(#permutations · |S|²·|A|).
    public static func worstViolation(of game: Game, permutations: [[Int]]? = nil) throws(ModelError) -> Violation {
        guard let population = game.population else {
            throw ModelError(path: "population", "the game '\(game.name)' has no population structure: agents cannot be permuted")
        }
        let n = game.agentCount
        let sizes = game.jointActions.sizes
        guard sizes.allSatisfy({ $0 == sizes[0] }) else {
            throw ModelError(path: "agents", "the agents' action sets differ in size (\(sizes)): agents cannot be permuted")
        }
        let kappas = permutations ?? allPermutations(n)
        for (k, kappa) in kappas.enumerated() where kappa.sorted() != Array(0..<n) {
            throw ModelError(path: "permutations[\(k)]", "\(kappa) is not a permutation of 0..<\(n)")
        }
        let nS = game.stateCount, nA = game.jointActionCount
        let actionSpace = game.jointActions
        var maxP = 0.0, maxR = 0.0, worstValue = 0.0
        var worstPermutation = Array(0..<n)
        for kappa in kappas {
            func moved(_ x: [Int]) -> [Int] {
                var y = x
                for i in 0..<n { y[kappa[i]] = x[i] }
                return y
            }
            let stateMap = (0..<nS).map { population.state(ofProfile: moved(population.profile(ofState: $0, agents: n))) }
            let actionMap = (0..<nA).map { actionSpace.index(of: moved(actionSpace.actions(of: $0))) }
            var dP = 0.0, dR = 0.0
            for s in 0..<nS {
                for a in 0..<nA {
                    let ks = stateMap[s], ka = actionMap[a]
                    for next in 0..<nS {
                        dP = max(dP, abs(game.probability(from: ks, ka, to: stateMap[next]) - game.probability(from: s, a, to: next)))
                    }
                    if game.rewards.isShared {
                        dR = max(dR, abs(game.reward(agent: 0, ks, ka) - game.reward(agent: 0, s, a)))
                    } else {
                        for i in 0..<n {
                            dR = max(dR, abs(game.reward(agent: kappa[i], ks, ka) - game.reward(agent: i, s, a)))
                        }
                    }
                }
            }
            maxP = max(maxP, dP)
            maxR = max(maxR, dR)
            if max(dP, dR) > worstValue {
                worstValue = max(dP, dR)
                worstPermutation = kappa
            }
        }
        return Violation(transitions: maxP, rewards: maxR, permutation: worstPermutation)
    }

    /// The worst violation of a joint policy's symmetry, max |π(κa|κs) − π(a|s)| over `permutations`
    /// (every permutation by default), states and joint actions: mfppo's permutation-invariant
    /// policies are exactly those with violation 0.
    public static func worstViolation(of policy: JointPolicy, in game: Game, permutations: [[Int]]? = nil) throws(ModelError) -> Double {
        guard let population = game.population else {
            throw ModelError(path: "population", "the game '\(game.name)' has no population structure: agents cannot be permuted")
        }
        let n = game.agentCount, nS = game.stateCount, nA = game.jointActionCount
        let space = game.jointActions
        guard space.sizes.allSatisfy({ $0 == space.sizes[0] }) else {
            throw ModelError(path: "agents", "the agents' action sets differ in size (\(space.sizes)): agents cannot be permuted")
        }
        var worst = 0.0
        for kappa in permutations ?? allPermutations(n) {
            func moved(_ x: [Int]) -> [Int] {
                var y = x
                for i in 0..<n { y[kappa[i]] = x[i] }
                return y
            }
            let stateMap = (0..<nS).map { population.state(ofProfile: moved(population.profile(ofState: $0, agents: n))) }
            let actionMap = (0..<nA).map { space.index(of: moved(space.actions(of: $0))) }
            for s in 0..<nS {
                for a in 0..<nA {
                    worst = max(worst, abs(policy.table[stateMap[s] * nA + actionMap[a]] - policy.table[s * nA + a]))
                }
            }
        }
        return worst
    }
}
