import Foundation
import GSLKit

/// Divergences between two distributions on the same finite set, computed exactly (finite sums
/// in log space). Conventions, here and throughout the module: D(p‖q) is "of p from q" (the
/// first argument is the one the expectation is under, for KL); logarithms are natural (nats);
/// 0 ln 0 = 0; a divergence that needs p ≪ q is +∞ (never NaN) when supp p ⊄ supp q.
///
/// Precondition for every function: `p.count == q.count`.
public enum DiscreteDivergence {
    private static func sum(_ p: DiscreteDistribution, _ q: DiscreteDistribution,
                            _ term: (Double, Double) -> Double) -> Double {
        precondition(p.count == q.count, "divergence of distributions on \(p.count) and \(q.count) points")
        var terms = [Double](repeating: 0, count: p.count)
        for i in 0..<p.count {
            let t = term(p.logProbabilities[i], q.logProbabilities[i])
            if t == .infinity { return .infinity }
            terms[i] = t
        }
        return Vector.compensatedSum(terms)
    }

    /// Kullback–Leibler divergence KL(p‖q) = Σᵢ pᵢ ln(pᵢ/qᵢ) (nats) ∈ [0, ∞]; +∞ iff some pᵢ > 0 = qᵢ.
    /// Computed as Σᵢ [qᵢ − pᵢ + pᵢ ln(pᵢ/qᵢ)], a sum of non-negative terms (equal because
    /// Σq = Σp = 1), accurate even when p ≈ q. For the reverse direction call `kullbackLeibler(q, p)`.
    public static func kullbackLeibler(_ p: DiscreteDistribution, _ q: DiscreteDistribution) -> Double {
        sum(p, q, PointwiseTerm.kullbackLeibler)
    }

    /// Total variation TV(p, q) = ½ Σᵢ |pᵢ − qᵢ| = sup_A |p(A) − q(A)| ∈ [0, 1]; symmetric.
    public static func totalVariation(_ p: DiscreteDistribution, _ q: DiscreteDistribution) -> Double {
        sum(p, q, PointwiseTerm.totalVariation)
    }

    /// Pearson χ²(p‖q) = Σᵢ (pᵢ − qᵢ)²/qᵢ = Σ pᵢ²/qᵢ − 1 = e^{D₂(p‖q)} − 1 ∈ [0, ∞]; +∞ iff some
    /// pᵢ > 0 = qᵢ.
    public static func chiSquared(_ p: DiscreteDistribution, _ q: DiscreteDistribution) -> Double {
        sum(p, q, PointwiseTerm.chiSquared)
    }

    /// Squared Hellinger distance, normalised to [0, 1]: H²(p, q) = ½ Σᵢ (√pᵢ − √qᵢ)²
    /// = 1 − Σᵢ √(pᵢqᵢ) = 1 − e^{−½ D_{1/2}(p‖q)}; symmetric.
    public static func hellingerSquared(_ p: DiscreteDistribution, _ q: DiscreteDistribution) -> Double {
        sum(p, q, PointwiseTerm.hellingerSquared)
    }

    /// Hellinger distance H(p, q) = √(H²) with H² = ½ Σ (√p − √q)² (so H ∈ [0, 1]).
    public static func hellinger(_ p: DiscreteDistribution, _ q: DiscreteDistribution) -> Double {
        hellingerSquared(p, q).squareRoot()
    }

    /// Jensen–Shannon divergence JS(p, q) = ½ KL(p‖m) + ½ KL(q‖m), m = ½(p + q) (nats);
    /// symmetric, always finite, in [0, ln 2].
    public static func jensenShannon(_ p: DiscreteDistribution, _ q: DiscreteDistribution) -> Double {
        sum(p, q, PointwiseTerm.jensenShannon)
    }

    /// D_∞(p‖q) = ln max_{i: pᵢ > 0} pᵢ/qᵢ (nats), the α → ∞ limit of the Rényi divergence
    /// (van Erven & Harremoës 2014, Thm 6); +∞ iff some pᵢ > 0 = qᵢ.
    public static func maxLogRatio(_ p: DiscreteDistribution, _ q: DiscreteDistribution) -> Double {
        precondition(p.count == q.count, "divergence of distributions on \(p.count) and \(q.count) points")
        var best = -Double.infinity
        for i in 0..<p.count where p.logProbabilities[i] > -.infinity {
            best = max(best, p.logProbabilities[i] - q.logProbabilities[i])
        }
        return best
    }

    /// Rényi divergence of order α (Rényi 1961; van Erven & Harremoës 2014, Def. 2):
    /// D_α(p‖q) = (1/(α−1)) ln Σᵢ pᵢ^α qᵢ^{1−α} (nats), for α ∈ (0, 1) ∪ (1, ∞); α = 1 returns
    /// KL(p‖q) and α = +∞ returns `maxLogRatio` (the limits). Non-decreasing in α.
    /// Infinite cases: for α > 1, +∞ iff some pᵢ > 0 = qᵢ; for α < 1, +∞ iff supp p ∩ supp q = ∅.
    ///
    /// Numerics: ℓ = ln Σ p^α q^{1−α} is formed by log-sum-exp. When |ℓ| > ½, D = ℓ/(α−1). Otherwise
    /// (α near 1 or p near q, where ℓ/(α−1) would cancel) S = Σ p^α q^{1−α} − 1 is summed from
    /// cancellation-free terms (`PointwiseTerm.renyiExcessNested`) and D = ln(1 + S)/(α−1).
    /// Precondition: α ∈ (0, ∞] (see `RenyiOrder.validate`).
    public static func renyi(_ p: DiscreteDistribution, _ q: DiscreteDistribution, order alpha: Double) -> Double {
        precondition(!alpha.isNaN && alpha > 0, "Rényi order α = \(alpha) outside (0, ∞]")
        if alpha == 1 { return kullbackLeibler(p, q) }
        if alpha == .infinity { return maxLogRatio(p, q) }
        precondition(p.count == q.count, "divergence of distributions on \(p.count) and \(q.count) points")
        let m = alpha - 1
        let logTerms = (0..<p.count).map { PointwiseTerm.renyiLogTerm(p.logProbabilities[$0], q.logProbabilities[$0], order: alpha) }
        let ell = Special.logSumExp(logTerms)
        if ell == .infinity { return .infinity }
        if ell == -.infinity { return .infinity } // α < 1 and disjoint supports
        if abs(ell) > 0.5 { return ell / m }
        let nested = (0..<p.count).allSatisfy { p.logProbabilities[$0] == -.infinity || q.logProbabilities[$0] > -.infinity }
        let excess = sum(p, q) { lp, lq in
            nested ? PointwiseTerm.renyiExcessNested(lp, lq, order: alpha) : PointwiseTerm.renyiExcess(lp, lq, order: alpha)
        }
        return log1p(excess) / m
    }
}
