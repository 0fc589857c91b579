import GSLKit
import MarkovGames

/// NE-gap_i(π) = max_{π_i'} J_i(π_i', π_{−i}) − J_i(π) and NE-gap(π) = max_i NE-gap_i(π)
/// (ddpl Sec. 2.1), for shared and per-agent rewards, by exact best responses.
public struct NashGap: Sendable {
    /// NE-gap_i(π) for each agent (≥ 0 up to round-off).
    public let perAgent: [Double]
    /// J_i(π) for each agent.
    public let objectives: [Double]
    /// max_{π_i'} J_i(π_i', π_{−i}) for each agent.
    public let bestResponseObjectives: [Double]
    /// A deterministic best response of each agent (its action per state).
    public let bestResponses: [[Int]]
    /// A bound on the error of every gap, in units of J: the current value's forward error plus how
    /// far policy iteration's best-response value may lie from the optimum.
    public let errorBound: Double

    /// NE-gap(π) = max_i NE-gap_i(π).
    public var value: Double { perAgent.max() ?? 0 }

    /// Computes every agent's gap: each agent's induced MDP is solved to optimality by policy
    /// iteration and its current policy is evaluated there. Complexity O(n·(|S|²|A| + PI)).
    public init(game: Game, policy: ProductPolicy) throws(SolverError) {
        var gaps: [Double] = [], js: [Double] = [], best: [Double] = [], responses: [[Int]] = []
        var bound = 0.0
        for i in 0..<game.agentCount {
            let mdp = InducedMDP.make(game: game, policy: policy, agent: i)
            let current = try solving { () throws(GSLError) in try PolicyEvaluation(mdp: mdp, policy: policy.tables[i]) }
            let optimum = try mdp.policyIteration()
            let j = current.objective(initial: game.initial)
            let jStar = optimum.objective(initial: game.initial)
            gaps.append(jStar - j)
            js.append(j)
            best.append(jStar)
            responses.append(optimum.actions)
            // |Ĵ_i − J_i| ≤ the evaluation's forward error; |Ĵ*_i − J*_i| ≤ ‖TV̂ − V̂‖/(1−γ), which
            // policy iteration bounds by its Bellman tolerance (it may stop within its margin of V*).
            bound = max(bound, current.forwardErrorBound + optimum.bellmanResidualTolerance / (1 - game.gamma))
        }
        perAgent = gaps
        objectives = js
        bestResponseObjectives = best
        bestResponses = responses
        errorBound = bound
    }
}
