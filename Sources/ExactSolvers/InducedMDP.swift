import GSLKit
import MarkovGames

/// Agent i's single-agent MDP when the other agents play π_{−i} (ddpl Sec. 2.1 recipe, App. C):
/// r̄_i(s,a_i) = Σ_{a_{−i}} π_{−i}(a_{−i}|s) r_i(s,a), P̄_i(s'|s,a_i) = Σ_{a_{−i}} π_{−i}(a_{−i}|s) P(s'|s,a).
///
/// Its Q-function under π_i is the averaged Q̄_i^π(s,a_i) = E_{a_{−i}~π_{−i}} Q_i^π(s,(a_i,a_{−i})),
/// and its optimum is agent i's best response to π_{−i}.
public enum InducedMDP {
    /// Builds agent i's MDP. Complexity O(|S|²|A|).
    public static func make(game: Game, policy: ProductPolicy, agent i: Int) -> FiniteMDP {
        let space = game.jointActions, nS = game.stateCount, nA = space.count, k = space.sizes[i]
        var p = [Double](repeating: 0, count: nS * k * nS)
        var r = [Double](repeating: 0, count: nS * k)
        game.transitions.withUnsafeBufferPointer { full in
            for s in 0..<nS {
                for a in 0..<nA {
                    let w = policy.othersProbability(excluding: i, state: s, joint: a, space: space)
                    if w == 0 { continue }
                    let ai = space.action(ofAgent: i, in: a)
                    r[s * k + ai] += w * game.reward(agent: i, s, a)
                    let src = (s * nA + a) * nS, dst = (s * k + ai) * nS
                    for t in 0..<nS { p[dst + t] += w * full[src + t] }
                }
            }
        }
        return FiniteMDP(stateCount: nS, actionCount: k, transitions: p, rewards: r, gamma: game.gamma, initial: game.initial)
    }
}

/// Agent i's averaged quantities under a product policy π (ddpl Sec. 2.1 and App. C).
public struct AgentView: Sendable {
    /// Q̄_i^π(s,a_i), flat [s][a_i].
    public let averagedQ: [Double]
    /// V_i^π(s).
    public let values: [Double]
    /// Ā_i^π(s,a_i) = Q̄_i^π(s,a_i) − V_i^π(s), flat [s][a_i].
    public let averagedAdvantage: [Double]
    /// The induced MDP these were computed in.
    public let mdp: FiniteMDP

    public init(game: Game, policy: ProductPolicy, agent i: Int) throws(SolverError) {
        let mdp = InducedMDP.make(game: game, policy: policy, agent: i)
        let eval = try solving { () throws(GSLError) in try PolicyEvaluation(mdp: mdp, policy: policy.tables[i]) }
        let k = mdp.actionCount
        self.mdp = mdp
        averagedQ = eval.actionValues
        values = eval.values
        averagedAdvantage = eval.actionValues.indices.map { eval.actionValues[$0] - eval.values[$0 / k] }
    }
}
