import ExactSolvers
import GSLKit
import MarkovGames

/// The objects of haqo's sequential update for one agent i_m of a permutation i_{1:n} (haqo Sec. 5,
/// Lemma A.6, Alg. 1 lines 8–12): the conditional advantage Δ_m, the weights ω (qadv (6) or
/// qcut (7)) and their average ω̄ over the predecessors' updated policies.
public enum SequentialAdvantage {
    /// The weight transform of haqo Alg. 1 line 12.
    public enum Weighting: Sendable, Equatable {
        /// ω = max{0, Δ_m − E_{ã~π_old^{i_m}} Δ_m}   (6)
        case qadv
        /// ω = max{0, Δ_m}·1{Δ_m ≥ ε}   (7)
        case qcut(threshold: Double)
    }

    /// Δ_m(s, a^{i_{1:m}}) = Q^{(m)} − Q^{(m−1)} of the conditional chain of `critic` along `permutation`
    /// (haqo (20)–(21)), flat [s][b_m] with b_m over the first m agents of the permutation.
    public static func delta(game: Game, critic: ProductPolicy, permutation: [Int], position m: Int) throws -> [Double] {
        let chain = try LocalizedActionValues(game: game, policy: ConditionalPolicy(critic, game: game, order: permutation))
        return chain.advantage(agentAt: m)
    }

    /// ω̄(s, a^{i_m}) = Σ_{b_{m−1}} ∏_{l<m} π_new^{i_l}(b_l|s) · ω(s, b_{m−1}, a^{i_m}), flat [s][a^{i_m}]
    /// (haqo.md §4.3 (T2)), from Δ_m (flat [s][b_m]) and the agent's old row π_old^{i_m}.
    public static func averagedWeights(game: Game, delta: [Double], weighting: Weighting, permutation: [Int], position m: Int,
                                       old: ProductPolicy, new: ProductPolicy) -> [Double] {
        let agent = permutation[m - 1]
        let k = game.agents[agent].actionCount
        let predecessors = Array(permutation[0..<(m - 1)])
        let prefixSizes = predecessors.map { game.agents[$0].actionCount }
        let prefixCount = prefixSizes.reduce(1, *)
        let prefixSpace = JointActionSpace(sizes: prefixSizes.isEmpty ? [1] : prefixSizes)
        var out = [Double](repeating: 0, count: game.stateCount * k)
        for s in 0..<game.stateCount {
            for b in 0..<prefixCount {
                var w = 1.0
                if !predecessors.isEmpty {
                    let actions = prefixSpace.actions(of: b)
                    for (l, j) in predecessors.enumerated() { w *= new.tables[j][s * game.agents[j].actionCount + actions[l]] }
                }
                if w == 0 { continue }
                let row = (s * prefixCount + b) * k
                var mean = 0.0
                for a in 0..<k { mean += old.tables[agent][s * k + a] * delta[row + a] }
                for a in 0..<k {
                    let d = delta[row + a]
                    let omega: Double = switch weighting {
                    case .qadv: max(0, d - mean)
                    case .qcut(let eps): d >= eps ? max(0, d) : 0
                    }
                    out[s * k + a] += w * omega
                }
            }
        }
        return out
    }
}
