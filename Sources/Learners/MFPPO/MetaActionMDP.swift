import ExactSolvers
import GSLKit
import MarkovGames

/// mfppo's mean-field MDP on a finite population game (mfppo Def. 2.1 with N agents): the action is
/// a meta action ā ∈ Ā = A^{S_loc}, a map from local states to actions shared by every agent, so at
/// the global state x = (s^1, …, s^N) agent i plays ā(s^i). The MDP has the game's states, |A|^k meta
/// actions (k local states), P(x'|x, ā) = P(x'|x, a(ā, x)) and r(x, ā) = r(x, a(ā, x)) with
/// a(ā, x) = (ā(s^1), …, ā(s^N)). On a permutation-invariant game (mfppo (2.1)) its values depend on
/// x only through the histogram of local states — the mean-field state (s, d_S) seen by any agent.
public struct MetaActionMDP: Sendable {
    public let game: Game
    /// k, the number of local states.
    public let localStateCount: Int
    /// |A|, every agent's action count.
    public let actionCount: Int
    /// The profile of every global state.
    public let profiles: [[Int]]
    /// a(ā, x) for every state and meta action, flat [x][ā].
    public let jointAction: [Int]
    /// The MDP over (x, ā), reward and transitions of the game.
    public let mdp: FiniteMDP

    public init(game: Game) throws(ModelError) {
        guard let population = game.population else {
            throw ModelError(path: "population", "MF-PPO needs a population game (states are profiles of local states, \"population\" in the game file)")
        }
        let m = game.agents[0].actionCount
        for (i, agent) in game.agents.enumerated() where agent.actionCount != m {
            throw ModelError(path: "agents[\(i)].actions", "MF-PPO needs homogeneous agents: agent '\(agent.name)' has \(agent.actionCount) actions, agent 1 has \(m)")
        }
        guard game.rewards.isShared else {
            throw ModelError(path: "rewardsPerAgent", "MF-PPO is for cooperative games with a shared (team) reward (mfppo Sec. 2)")
        }
        let k = population.localStates.count, n = game.agentCount, nS = game.stateCount
        let metaCount = JointActionSpace(sizes: [Int](repeating: m, count: k)).count
        guard Double(nS) * Double(metaCount) * Double(nS) <= Double(Game.maximumTableEntries) else {
            throw ModelError(path: "population.localStates", "|S|·|A|^k·|S| = \(nS)·\(metaCount)·\(nS) exceeds the table limit")
        }
        let metaSpace = JointActionSpace(sizes: [Int](repeating: m, count: k))
        var profiles: [[Int]] = []
        var jointAction = [Int](repeating: 0, count: nS * metaCount)
        var p = [Double](repeating: 0, count: nS * metaCount * nS)
        var r = [Double](repeating: 0, count: nS * metaCount)
        let reward = game.rewards.table(agent: 0)
        for x in 0..<nS {
            let profile = population.profile(ofState: x, agents: n)
            profiles.append(profile)
            for meta in 0..<metaCount {
                let a = game.jointActions.index(of: profile.map { metaSpace.action(ofAgent: $0, in: meta) })
                jointAction[x * metaCount + meta] = a
                r[x * metaCount + meta] = reward[x * game.jointActionCount + a]
                let src = game.transitionRow(x, a)
                for (t, q) in src.enumerated() { p[(x * metaCount + meta) * nS + t] = q }
            }
        }
        self.game = game
        localStateCount = k
        actionCount = m
        self.profiles = profiles
        self.jointAction = jointAction
        mdp = FiniteMDP(stateCount: nS, actionCount: metaCount, transitions: p, rewards: r, gamma: game.gamma, initial: game.initial)
    }

    /// |Ā| = |A|^k.
    public var metaActionCount: Int { mdp.actionCount }

    /// The game's joint policy induced by a meta policy π(ā|x): π(a|x) = Σ_{ā: a(ā,x) = a} π(ā|x).
    public func jointPolicy(_ policy: [Double]) -> JointPolicy {
        let nA = game.jointActionCount, nM = metaActionCount
        var table = [Double](repeating: 0, count: game.stateCount * nA)
        for x in 0..<game.stateCount {
            for b in 0..<nM { table[x * nA + jointAction[x * nM + b]] += policy[x * nM + b] }
        }
        return JointPolicy(table: table)
    }

    /// The (1−γ)-normalised Q^π(x, ā) of a meta policy (mfppo Sec. 2.2), flat [x][ā].
    public func normalizedActionValues(_ policy: [Double]) throws -> [Double] {
        try mdp.normalizedEvaluation(policy: policy).actionValues
    }

    /// A table over meta actions summarised on the game's joint actions: for every (x, a) the mean of
    /// f(x, ā) over the meta actions with a(ā, x) = a (the exact Q(x, ā) depends on ā only through
    /// a(ā, x), so this is how a meta-action critic is compared with the exact joint Q).
    public func jointSummary(_ f: [Double]) -> [Double] {
        let nA = game.jointActionCount, nM = metaActionCount
        var sum = [Double](repeating: 0, count: game.stateCount * nA), count = sum
        for x in 0..<game.stateCount {
            for meta in 0..<nM {
                sum[x * nA + jointAction[x * nM + meta]] += f[x * nM + meta]
                count[x * nA + jointAction[x * nM + meta]] += 1
            }
        }
        return zip(sum, count).map { $1 > 0 ? $0 / $1 : 0 }
    }
}
