import GSLKit
import MarkovGames

/// The multi-agent Bellman operator T_π^{1:m} of mappo Def. 3.2: for f: S × A^{1:m} → ℝ,
///
///   T_π^{1:m} f(s,a^{1:m}) = E_{ã~π^{m+1:N}(·|s,a^{1:m}), s'~P(·|s,a^{1:m},ã)} [ r(s,a^{1:m},ã) + γ f(s',π^{1:m}) ],
///   f(s',π^{1:m}) = Σ_{a'^{1:m}} π^{1:m}(a'^{1:m}|s') f(s',a'^{1:m}).
///
/// The printed formula lost its reward term to OCR (theory note mappo §2.3); without it the fixed
/// point would be 0, not Q_π^{1:m} as the paper states, so the reward is part of the operator here.
/// It is the policy Bellman operator of the "localized MDP" (S, A^{1:m}, P^{1:m}, R^{1:m}) with
/// R^{1:m}(s,a^{1:m}) = Σ_ã π^{m+1:N}(ã|s,a^{1:m}) r(s,a^{1:m},ã) and P^{1:m} likewise (mappo §6 C1),
/// evaluated at the prefix policy π^{1:m}; its unique fixed point is Q_π^{1:m}.
/// Functions f are flat [s][b_m] as in `LocalizedActionValues.tables[m]`.
public struct MultiAgentBellmanOperator: Sendable {
    /// The prefix length m (0…n).
    public let prefixLength: Int
    /// The localized MDP (S, A^{1:m}, P^{1:m}, R^{1:m}, γ, ρ₀); its actions are the prefixes b_m.
    public let localizedMDP: FiniteMDP
    /// π^{1:m}(b_m|s), flat [s][b_m]: the stochastic table T evaluates f at.
    public let prefixPolicy: [Double]

    /// Builds T_π^{1:m} for agent i's reward (the shared reward when shared).
    /// Complexity O(|S|²|A| + |S|·|A|·n).
    public init(game: Game, policy: ConditionalPolicy, prefixLength m: Int, agent i: Int = 0) {
        let ordering = AgentOrdering(game: game, order: policy.order)
        precondition((0...ordering.agentCount).contains(m), "MultiAgentBellmanOperator: prefix length \(m)")
        let nS = game.stateCount, nA = game.jointActionCount, width = ordering.prefixCounts[m]
        let tail = ordering.tailProbabilities(of: policy, from: m, stateCount: nS)
        let reward = game.rewards.table(agent: i)
        var p = [Double](repeating: 0, count: nS * width * nS)
        var r = [Double](repeating: 0, count: nS * width)
        game.transitions.withUnsafeBufferPointer { full in
            for s in 0..<nS {
                for b in 0..<nA {
                    let w = tail[s * nA + b]
                    if w == 0 { continue }
                    let a = ordering.jointIndex[b], row = s * width + ordering.prefixIndex(b, length: m)
                    r[row] += w * reward[s * nA + a]
                    let src = (s * nA + a) * nS, dst = row * nS
                    for t in 0..<nS { p[dst + t] += w * full[src + t] }
                }
            }
        }
        prefixLength = m
        localizedMDP = FiniteMDP(stateCount: nS, actionCount: width, transitions: p, rewards: r, gamma: game.gamma, initial: game.initial)
        prefixPolicy = ordering.prefixProbabilities(of: policy, stateCount: nS)[m]
    }

    /// T_π^{1:m} f. Complexity O(|S|²·|A^{1:m}|).
    public func apply(_ f: [Double]) -> [Double] {
        precondition(f.count == localizedMDP.stateCount * localizedMDP.actionCount, "MultiAgentBellmanOperator.apply: f has \(f.count) entries")
        return localizedMDP.actionValues(from: localizedMDP.stateValues(actionValues: f, policy: prefixPolicy))
    }

    /// The fixed point of T_π^{1:m}, solved exactly: Q^{1:m} = R^{1:m} + γP^{1:m}V with V the value of
    /// π^{1:m} in the localized MDP (one LU solve; residual and tolerances included).
    public func fixedPoint() throws(SolverError) -> PolicyEvaluation {
        try solving { () throws(GSLError) in try PolicyEvaluation(mdp: localizedMDP, policy: prefixPolicy) }
    }
}
