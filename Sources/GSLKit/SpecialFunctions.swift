import CGSL

/// The special functions the papers' formulas use, from GSL (`gsl_sf_*`, `gsl_cdf_*`).
public enum Special {
    /// ln Γ(x) for x > 0 (`gsl_sf_lngamma`).
    public static func logGamma(_ x: Double) -> Double {
        GSLRuntime.prepare()
        return gsl_sf_lngamma(x)
    }

    /// erf(x) (`gsl_sf_erf`); ±1 for |x| ≥ 10 (exact in double: erfc(10) ≈ 2·10⁻⁴⁵), where GSL
    /// returns NaN once x² overflows (|x| ≳ 1e154, and at ±∞).
    public static func erf(_ x: Double) -> Double {
        GSLRuntime.prepare()
        if abs(x) >= 10 { return x > 0 ? 1 : -1 }
        return gsl_sf_erf(x)
    }

    /// erfc(x) (`gsl_sf_erfc`), accurate in the tail; 0 for x ≥ 28 (erfc(28) ≈ 6·10⁻³⁴³ is below
    /// the smallest subnormal) and 2 for x ≤ −10, where GSL returns NaN once x² overflows.
    public static func erfc(_ x: Double) -> Double {
        GSLRuntime.prepare()
        if x >= 28 { return 0 }
        if x <= -10 { return 2 }
        return gsl_sf_erfc(x)
    }

    /// ln(1 + x), accurate for small x (`gsl_log1p`).
    public static func log1p(_ x: Double) -> Double { gsl_log1p(x) }

    /// eˣ − 1, accurate for small x (`gsl_expm1`).
    public static func expm1(_ x: Double) -> Double { gsl_expm1(x) }

    /// The standard normal distribution function Φ(x) (`gsl_cdf_ugaussian_P`).
    public static func normalCDF(_ x: Double) -> Double { gsl_cdf_ugaussian_P(x) }

    /// ln Φ(x), accurate far in the lower tail (via `gsl_sf_log_erfc`). Beyond GSL's range (it
    /// returns NaN once x² overflows, and at ±∞): 0 for x > 40 (ln Φ(x) ≈ −Φ(−x) < 10⁻³⁴⁹ rounds
    /// to 0), and for x < −10⁸ the Mills-ratio asymptote −x²/2 − ln(−x) − ½ ln 2π (the omitted
    /// ln(1 − x⁻² + …) is below 10⁻¹⁶ absolute against a value of 5·10¹⁵), which is −∞ at −∞.
    /// (GSL's rational tail approximation overflows somewhere below |x| = 10¹⁰⁰.)
    public static func logNormalCDF(_ x: Double) -> Double {
        GSLRuntime.prepare()
        if x.isNaN { return x }
        if x > 40 { return 0 }
        if x < -1e8 { return -0.5 * x * x - log(-x) - 0.5 * log(2 * Double.pi) }
        return gsl_sf_log_erfc(-x / 2.0.squareRoot()) - log(2.0)
    }

    /// Φ⁻¹(p) (`gsl_cdf_ugaussian_Pinv`).
    public static func normalQuantile(_ p: Double) -> Double { gsl_cdf_ugaussian_Pinv(p) }

    /// The standard normal density φ(x).
    public static func normalDensity(_ x: Double) -> Double { exp(-0.5 * x * x) / (2 * Double.pi).squareRoot() }

    /// The quantile of Student's t with ν degrees of freedom (`gsl_cdf_tdist_Pinv`).
    public static func studentTQuantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        gsl_cdf_tdist_Pinv(p, nu)
    }

    /// The digamma function ψ(x) (`gsl_sf_psi`).
    public static func digamma(_ x: Double) -> Double {
        GSLRuntime.prepare()
        return gsl_sf_psi(x)
    }

    /// ln Σᵢ exp(xᵢ), without overflow; −∞ for an empty or all −∞ input.
    public static func logSumExp(_ x: [Double]) -> Double {
        guard let m = x.max(), m > -Double.infinity else { return -Double.infinity }
        if m == Double.infinity { return Double.infinity }
        var s = 0.0
        for v in x { s += exp(v - m) }
        return m + log(s)
    }

    /// softmax(x)ᵢ = exp(xᵢ)/Σⱼexp(xⱼ), computed in log space.
    public static func softmax(_ x: [Double]) -> [Double] {
        let z = logSumExp(x)
        return x.map { exp($0 - z) }
    }
}
