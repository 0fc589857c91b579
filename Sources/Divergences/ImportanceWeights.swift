import Foundation

/// Norms of the density ratio w = p/q under q, as the papers use them, through the Rényi
/// divergence: E_q[w^α] = Σ p^α q^{1−α} = exp((α−1) D_α(p‖q)), hence ‖w‖_{L^α(q)} = exp(((α−1)/α) D_α).
public enum ImportanceWeights {
    /// The concentrability coefficient ‖p/q‖_{L²(q)} = √(E_q[(p/q)²]) = √(Σ pᵢ²/qᵢ) = √(1 + χ²(p‖q))
    /// = exp(½ D₂(p‖q)) (mappo Definition 4.4, φ_k^m with p = σ*, q = σ_k; ltde Assumption 5.6
    /// for its square). +∞ when supp p ⊄ supp q.
    public static func concentrability(_ p: DiscreteDistribution, _ q: DiscreteDistribution) -> Double {
        exp(0.5 * DiscreteDivergence.renyi(p, q, order: 2))
    }

    /// (E_q w⁴)^{1/4} = exp(¾ D₄(p‖q)), w = p/q, D₄(p‖q) = (1/3) ln E_q[(p/q)⁴] (ddpl Theorem 4.1,
    /// the importance-weight factor of the ISSM bound). +∞ when supp p ⊄ supp q.
    public static func fourthMomentNorm(_ p: DiscreteDistribution, _ q: DiscreteDistribution) -> Double {
        exp(0.75 * DiscreteDivergence.renyi(p, q, order: 4))
    }

    /// exp(c·D) with its first-order error c·exp(c·D)·err(D), for a quadrature estimate of D;
    /// c = ½ with D₂ gives the concentrability coefficient, c = ¾ with D₄ the fourth-moment norm.
    public static func exponentiate(_ d: DivergenceEstimate, by c: Double) -> DivergenceEstimate {
        let v = exp(c * d.value)
        return DivergenceEstimate(value: v, absoluteError: d.value.isFinite ? abs(c) * v * d.absoluteError : 0)
    }
}
