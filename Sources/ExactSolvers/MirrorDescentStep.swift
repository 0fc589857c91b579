import MarkovGames

/// One exact iteration of multi-agent PPO (mappo Alg. 1) in the tabular case: one-hot features, the
/// exact Q of Assumption 4.3 (ε' = 0) and no projection error (ε = 0), so each agent's policy
/// becomes the ideal update of Prop. 4.2,
///
///   π_{k+1}^m(·|s,a^{1:m−1}) ∝ π_k^m(·|s,a^{1:m−1}) · exp( Q_{π_k}^{1:m}(s,a^{1:m−1},·) / β_k ),
///
/// the maximiser of ⟨Q^{1:m}, π^m⟩ − β_k KL(π^m ‖ π_k^m) at every (s, a^{1:m−1}).
///
/// Which Q each agent uses follows Alg. 1 as printed: in iteration k, for m = 1..N, the samples come
/// from σ_k of the CURRENT policy π_{θ_k} and the oracle returns Q̂_{π_{θ_k}}^{1:m} (lines 5–6); the
/// predecessors' new parameters θ_{k+1}^{1:m−1} enter nothing. The agents are visited in the order,
/// but every agent's step uses the old joint policy π_k, so the result does not depend on the visiting
/// order. (The "sequential" structure is the conditioning on a^{1:m−1}; a variant that re-evaluates Q
/// after each predecessor's update is HAQO/HAPPO's scheme, not this paper's.)
public enum MirrorDescentStep {
    /// π_{k+1} from π_k = `policy` with penalty β_k = `beta` (agent i's reward; the shared one when shared).
    public static func next(game: Game, policy: ConditionalPolicy, beta: Double, agent i: Int = 0) throws(SolverError) -> ConditionalPolicy {
        next(policy: policy, localized: try LocalizedActionValues(game: game, policy: policy, agent: i), beta: beta)
    }

    /// π_{k+1} from π_k and its localized Q-functions Q_{π_k}^{1:m}. Complexity O(|S|·|A|).
    public static func next(policy: ConditionalPolicy, localized: LocalizedActionValues, beta: Double) -> ConditionalPolicy {
        precondition(beta > 0, "MirrorDescentStep: β = \(beta) must be positive")
        precondition(policy.order == localized.order, "MirrorDescentStep: Q^{1:m} was computed for order \(localized.order), the policy has \(policy.order)")
        var tables: [[Double]] = []
        for (m, old) in policy.tables.enumerated() {
            // π^{m+1}'s table and Q^{1:m+1} share the layout [s][b_m][a].
            let q = localized.tables[m + 1]
            precondition(q.count == old.count, "MirrorDescentStep: table \(m) has \(old.count) entries, Q^{1:\(m + 1)} has \(q.count)")
            let width = localized.prefixCounts[m + 1] / localized.prefixCounts[m]
            tables.append(ExponentialWeights.reweightRows(old, by: q, scale: 1 / beta, width: width))
        }
        return ConditionalPolicy(order: policy.order, tables: tables)
    }
}
