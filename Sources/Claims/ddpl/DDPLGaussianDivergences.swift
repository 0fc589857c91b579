import Divergences
import Foundation
import GSLKit

/// Divergences between one-dimensional Gaussians in closed form, for ddpl's Lemma B.5: the KL from
/// `Divergences.GaussianDivergence`, and the total variation (which that module computes by quadrature
/// only) from the densities' crossing points.
enum GaussianDivergences {
    /// KL(N(m1, v1) ‖ N(m2, v2)).
    static func kl(_ m1: Double, _ v1: Double, _ m2: Double, _ v2: Double) throws -> Double {
        GaussianDivergence.kullbackLeibler(try NormalDensity(mean: m1, standardDeviation: v1.squareRoot()),
                                           try NormalDensity(mean: m2, standardDeviation: v2.squareRoot()))
    }

    /// D_TV(N(m1, v1), N(m2, v2)) = ½∫|p − q|, from the crossing points of the two densities (the
    /// roots of the quadratic ln p = ln q) and normal distribution functions: with P, Q the two
    /// measures and R = {p > q} a union of at most two intervals, TV = P(R) − Q(R).
    static func totalVariation(_ m1: Double, _ v1: Double, _ m2: Double, _ v2: Double) -> Double {
        let s1 = v1.squareRoot(), s2 = v2.squareRoot()
        func cdf(_ x: Double, _ m: Double, _ s: Double) -> Double { Special.normalCDF((x - m) / s) }
        if abs(v1 - v2) <= 1e-14 * max(v1, v2) {
            // Equal variances: one crossing at the midpoint; TV = 2Φ(|m1 − m2|/(2s)) − 1.
            return 2 * Special.normalCDF(abs(m1 - m2) / (2 * s1)) - 1
        }
        // ln p − ln q = a x² + b x + c with
        let a = 0.5 / v2 - 0.5 / v1, b = m1 / v1 - m2 / v2
        let c = 0.5 * m2 * m2 / v2 - 0.5 * m1 * m1 / v1 + log(s2 / s1)
        let disc = b * b - 4 * a * c
        guard disc > 0 else { return 0 }
        let root = disc.squareRoot()
        // Stable quadratic roots.
        let q = -0.5 * (b + (b >= 0 ? root : -root))
        let x1 = q / a, x2 = c / q
        let lo = min(x1, x2), hi = max(x1, x2)
        // a > 0 (v1 > v2): p > q outside [lo, hi]; a < 0: p > q inside.
        let inside = (cdf(hi, m1, s1) - cdf(lo, m1, s1)) - (cdf(hi, m2, s2) - cdf(lo, m2, s2))
        return a > 0 ? -inside : inside
    }
}
