import Foundation
import GSLKit

/// Closed forms for divergences between normal distributions (natural logs; D(p‖q) with p the
/// first argument).
///
/// Source: M. Gil, F. Alajaji, T. Linder, "Rényi divergence measures for commonly used univariate
/// continuous distributions", Information Sciences 249 (2013) 124–131, Table 2 (univariate normal)
/// and the multivariate normal formula they restate from L. Pardo, *Statistical Inference Based
/// on Divergence Measures* (2006).
public enum GaussianDivergence {
    /// KL(N(μ₁, σ₁²)‖N(μ₂, σ₂²)) = ln(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½,
    /// evaluated as ½ ψ(ln(σ₁²/σ₂²)) + (μ₁ − μ₂)²/(2σ₂²) with ψ(x) = eˣ − 1 − x (the same
    /// expression, free of cancellation when σ₁ ≈ σ₂).
    public static func kullbackLeibler(_ p: NormalDensity, _ q: NormalDensity) -> Double {
        let d = p.mean - q.mean
        return 0.5 * PointwiseTerm.psi(2 * log(p.standardDeviation / q.standardDeviation)) + d * d / (2 * q.variance)
    }

    /// The Rényi divergence of order α between univariate normals (Gil, Alajaji & Linder 2013,
    /// Table 2):
    ///
    ///     D_α(N(μ₁, σ₁²)‖N(μ₂, σ₂²)) = ln(σ₂/σ₁) + ln(σ₂²/σ²_α)/(2(α−1)) + α(μ₁ − μ₂)²/(2σ²_α),
    ///     σ²_α = ασ₂² + (1−α)σ₁²,
    ///
    /// finite iff σ²_α > 0, and +∞ otherwise (then ∫ p^α q^{1−α} diverges; this can only happen
    /// for α > 1 with σ₁ > σ₂, namely α ≥ σ₁²/(σ₁² − σ₂²)). α = 1 gives KL. α = ∞ gives
    /// D_∞ = sup_x ln(p/q) = ln(σ₂/σ₁) + (μ₁−μ₂)²/(2(σ₂² − σ₁²)) when σ₁ < σ₂ (the maximum of a
    /// concave quadratic, also the α → ∞ limit of the formula), 0 when p = q, +∞ otherwise.
    /// With r = (σ₁² − σ₂²)/σ₂², σ²_α = σ₂²(1 − (α−1)r), so the middle term is evaluated as
    /// −log1p(−(α−1)r)/(2(α−1)), accurate for α near 1. Precondition: α > 0.
    public static func renyi(_ p: NormalDensity, _ q: NormalDensity, order alpha: Double) -> Double {
        precondition(!alpha.isNaN && alpha > 0, "GaussianDivergence.renyi: order α = \(alpha) outside (0, ∞]")
        if alpha == 1 { return kullbackLeibler(p, q) }
        let d = p.mean - q.mean
        if alpha == .infinity {
            if p.standardDeviation < q.standardDeviation {
                return log(q.standardDeviation / p.standardDeviation) + d * d / (2 * (q.variance - p.variance))
            }
            return p.standardDeviation == q.standardDeviation && d == 0 ? 0 : .infinity
        }
        let m = alpha - 1
        let r = (p.variance - q.variance) / q.variance
        let shrink = 1 - m * r // σ²_α / σ₂²
        guard shrink > 0 else { return .infinity }
        let sigmaAlpha2 = q.variance * shrink
        return log(q.standardDeviation / p.standardDeviation) - log1p(-m * r) / (2 * m) + alpha * d * d / (2 * sigmaAlpha2)
    }

    /// D_TV(N(μ₁, σ₁²), N(μ₂, σ₂²)) = ½∫|p − q| in closed form: with R = {p > q}, a union of at most
    /// two intervals bounded by the roots of the quadratic ln p(x) = ln q(x), TV = P(R) − Q(R), each
    /// measure of an interval a difference of normal distribution functions. Equal variances give
    /// one crossing at the midpoint and TV = 2Φ(|μ₁ − μ₂|/(2σ)) − 1. The roots are taken in the
    /// cancellation-free form x₁ = q/a, x₂ = c/q with q = −½(b + sign(b)√(b² − 4ac)).
    public static func totalVariation(_ p: NormalDensity, _ q: NormalDensity) -> Double {
        totalVariation(mean: p.mean, variance: p.variance, mean: q.mean, variance: q.variance)
    }

    /// D_TV(N(m1, v1), N(m2, v2)) by mean and variance (precondition: v1, v2 > 0 and finite).
    public static func totalVariation(mean m1: Double, variance v1: Double, mean m2: Double, variance v2: Double) -> Double {
        precondition(v1 > 0 && v2 > 0 && v1.isFinite && v2.isFinite, "GaussianDivergence.totalVariation: variances \(v1), \(v2)")
        let s1 = v1.squareRoot(), s2 = v2.squareRoot()
        func cdf(_ x: Double, _ m: Double, _ s: Double) -> Double { Special.normalCDF((x - m) / s) }
        if abs(v1 - v2) <= 1e-14 * max(v1, v2) {
            return 2 * Special.normalCDF(abs(m1 - m2) / (2 * s1)) - 1
        }
        // ln p − ln q = a x² + b x + c.
        let a = 0.5 / v2 - 0.5 / v1, b = m1 / v1 - m2 / v2
        let c = 0.5 * m2 * m2 / v2 - 0.5 * m1 * m1 / v1 + log(s2 / s1)
        let disc = b * b - 4 * a * c
        guard disc > 0 else { return 0 }
        let root = disc.squareRoot()
        let r = -0.5 * (b + (b >= 0 ? root : -root))
        let x1 = r / a, x2 = c / r
        let lo = min(x1, x2), hi = max(x1, x2)
        // a > 0 (σ₁ > σ₂): p > q outside [lo, hi]; a < 0: p > q inside.
        let inside = (cdf(hi, m1, s1) - cdf(lo, m1, s1)) - (cdf(hi, m2, s2) - cdf(lo, m2, s2))
        return a > 0 ? -inside : inside
    }

    /// χ²(N(μ₁, σ₁²)‖N(μ₂, σ₂²)) = e^{D₂} − 1 (Σ p²/q = E_q[(p/q)²] = e^{D₂}); +∞ when 2σ₂² ≤ σ₁².
    public static func chiSquared(_ p: NormalDensity, _ q: NormalDensity) -> Double {
        expm1(renyi(p, q, order: 2))
    }

    /// Squared Hellinger distance H² = 1 − ∫√(pq) = 1 − e^{−½ D_½(p‖q)}
    /// = 1 − √(2σ₁σ₂/(σ₁² + σ₂²)) · exp(−(μ₁ − μ₂)²/(4(σ₁² + σ₂²))).
    public static func hellingerSquared(_ p: NormalDensity, _ q: NormalDensity) -> Double {
        -expm1(-0.5 * renyi(p, q, order: 0.5))
    }

    /// KL between multivariate normals (Pardo 2006; Gil, Alajaji & Linder 2013):
    ///
    ///     KL(N(μ₁, Σ₁)‖N(μ₂, Σ₂)) = ½ [tr(Σ₂⁻¹Σ₁) + (μ₁ − μ₂)ᵀ Σ₂⁻¹ (μ₁ − μ₂) − d + ln|Σ₂| − ln|Σ₁|],
    ///
    /// with Σ₂⁻¹Σ₁ and Σ₂⁻¹(μ₁ − μ₂) by one LU factorisation of Σ₂ and the log-determinants from
    /// the LU factors (`LUFactorization.logAbsoluteDeterminant`). Precondition: equal dimensions.
    public static func kullbackLeibler(_ p: MultivariateNormal, _ q: MultivariateNormal) throws(GSLError) -> Double {
        precondition(p.dimension == q.dimension, "GaussianDivergence: dimensions \(p.dimension) and \(q.dimension)")
        let n = p.dimension
        let lu2 = try LUFactorization(q.covariance)
        var trace = 0.0
        for j in 0..<n {
            let column = (0..<n).map { p.covariance[$0, j] }
            trace += try lu2.solve(column).x[j]
        }
        let delta = Vector.difference(p.mean, q.mean)
        let quadratic = Vector.dot(delta, try lu2.solve(delta).x)
        let logDet1 = try LUFactorization(p.covariance).logAbsoluteDeterminant
        return 0.5 * (trace + quadratic - Double(n) + lu2.logAbsoluteDeterminant - logDet1)
    }

    /// The Rényi divergence of order α between multivariate normals (Pardo 2006, restated by Gil,
    /// Alajaji & Linder 2013):
    ///
    ///     D_α(N(μ₁, Σ₁)‖N(μ₂, Σ₂)) = (α/2)(μ₁ − μ₂)ᵀ Σ_α⁻¹ (μ₁ − μ₂)
    ///                                − (1/(2(α−1))) ln( |Σ_α| / (|Σ₁|^{1−α} |Σ₂|^α) ),
    ///     Σ_α = αΣ₂ + (1−α)Σ₁,
    ///
    /// finite iff Σ_α is positive definite, +∞ otherwise (possible only for α > 1; for α ∈ (0, 1)
    /// Σ_α is a convex combination of positive definite matrices). Positive definiteness is tested
    /// by Sylvester's criterion (every leading principal minor positive, each sign from an LU
    /// factorisation); the log-determinants come from LU factors and the quadratic form from an LU
    /// solve. For d = 1 this is the univariate formula. α = 1 gives KL; precondition: α ∈ (0, ∞).
    /// Near α = 1 the log-determinant difference cancels: the absolute error is about
    /// ε·(|ln|Σ₁|| + |ln|Σ₂|| + d)/|α − 1|.
    public static func renyi(_ p: MultivariateNormal, _ q: MultivariateNormal, order alpha: Double) throws(GSLError) -> Double {
        precondition(alpha.isFinite && alpha > 0, "GaussianDivergence.renyi: order α = \(alpha) outside (0, ∞)")
        precondition(p.dimension == q.dimension, "GaussianDivergence: dimensions \(p.dimension) and \(q.dimension)")
        if alpha == 1 { return try kullbackLeibler(p, q) }
        let n = p.dimension
        var sigmaAlpha = Matrix(rows: n, columns: n)
        for k in 0..<(n * n) {
            sigmaAlpha.storage[k] = alpha * q.covariance.storage[k] + (1 - alpha) * p.covariance.storage[k]
        }
        guard MultivariateNormal.isPositiveDefinite(sigmaAlpha) else { return .infinity }
        let luAlpha = try LUFactorization(sigmaAlpha)
        let delta = Vector.difference(p.mean, q.mean)
        let quadratic = Vector.dot(delta, try luAlpha.solve(delta).x)
        let logDet1 = try LUFactorization(p.covariance).logAbsoluteDeterminant
        let logDet2 = try LUFactorization(q.covariance).logAbsoluteDeterminant
        let m = alpha - 1
        let logRatio = luAlpha.logAbsoluteDeterminant - (1 - alpha) * logDet1 - alpha * logDet2
        return alpha / 2 * quadratic - logRatio / (2 * m)
    }
}
