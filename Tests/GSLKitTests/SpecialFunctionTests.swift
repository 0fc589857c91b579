import Foundation
import GSLKit
import Testing

@Suite struct SpecialFunctionTests {
    /// Γ(1) = Γ(2) = 1, Γ(5) = 4! = 24, Γ(½) = √π, Γ(7/2) = (5/2)(3/2)(1/2)√π = 15√π/8.
    @Test func logGammaClosedValues() {
        let tol = 4 * Double.ulpOfOne
        #expect(abs(Special.logGamma(1)) <= tol)
        #expect(abs(Special.logGamma(2)) <= tol)
        #expect(abs(Special.logGamma(5) - log(24)) <= tol * log(24))
        #expect(abs(Special.logGamma(0.5) - 0.5 * log(Double.pi)) <= tol)
        #expect(abs(Special.logGamma(3.5) - log(15 * Double.pi.squareRoot() / 8)) <= tol)
    }

    /// erf(0) = 0, erfc(0) = 1 (GSL's Chebyshev fit returns 1 − 2⁻⁵³, one ulp below, so 2 ulps are
    /// allowed), erf(−x) = −erf(x), erf + erfc = 1; Φ(0) = ½, Φ(−x) = 1 − Φ(x),
    /// Φ⁻¹(0.975) = 1.959963984540054 (the two-sided 95% normal quantile, to 16 digits).
    @Test func erfAndNormalClosedValues() {
        #expect(Special.erf(0) == 0)
        #expect(abs(Special.erfc(0) - 1) <= Double.ulpOfOne)
        #expect(Special.normalCDF(0) == 0.5)
        for x in [0.1, 0.7, 1.5, 3.0] {
            #expect(abs(Special.erf(-x) + Special.erf(x)) <= 2 * Double.ulpOfOne)
            #expect(abs(Special.erf(x) + Special.erfc(x) - 1) <= 4 * Double.ulpOfOne)
            #expect(abs(Special.normalCDF(-x) + Special.normalCDF(x) - 1) <= 4 * Double.ulpOfOne)
            // Φ(x) = ½ erfc(−x/√2).
            #expect(abs(Special.normalCDF(x) - 0.5 * Special.erfc(-x / 2.0.squareRoot())) <= 4 * Double.ulpOfOne)
        }
        #expect(abs(Special.normalQuantile(0.975) - 1.959963984540054) <= 1e-14)
        #expect(abs(Special.normalQuantile(0.5)) <= Double.ulpOfOne)
        #expect(abs(Special.normalDensity(0) - 1 / (2 * Double.pi).squareRoot()) <= Double.ulpOfOne)
    }

    /// ln Φ(x) against ln(½ erfc(−x/√2)) where erfc does not underflow (x ≥ −37), to 1e-14
    /// relative (both are within a few ulps of the truth).
    @Test func logNormalCDFMatchesLogOfErfc() {
        for x in stride(from: -37.0, through: 6, by: 0.5) {
            let direct = log(0.5 * Special.erfc(-x / 2.0.squareRoot()))
            #expect(abs(Special.logNormalCDF(x) - direct) <= 1e-14 * max(1, abs(direct)), "x = \(x)")
        }
    }

    /// Far tail, where Φ(x) itself underflows (Φ(−40) ≈ 10⁻³⁵⁰): the Mills-ratio asymptotic series
    /// ln Φ(−t) = −t²/2 − ln t − ½ ln 2π + ln(1 − 1/t² + 3/t⁴ − 15/t⁶ + 105/t⁸ − …)
    /// (Abramowitz & Stegun 26.2.12), whose truncation error is below the first omitted term
    /// 945/t¹⁰ (≈ 9·10⁻¹⁴ at t = 40, smaller beyond).
    @Test func logNormalCDFFarTail() {
        #expect(Special.normalCDF(-40) == 0)
        for t in [40.0, 60, 100, 1000] {
            let u = 1 / (t * t)
            let series = 1 - u + 3 * u * u - 15 * u * u * u + 105 * u * u * u * u
            let expected = -t * t / 2 - log(t) - 0.5 * log(2 * Double.pi) + log(series)
            let value = Special.logNormalCDF(-t)
            #expect(value.isFinite)
            #expect(abs(value - expected) <= 945 * pow(u, 5) + 4 * Double.ulpOfOne * abs(expected), "t = \(t)")
        }
    }

    /// ψ(1) = −γ (Euler–Mascheroni 0.5772156649015329); t₀.₉₇₅ with 10 degrees of freedom is
    /// 2.228 (Student-t tables, 3 decimals); log1p and expm1 at tiny x keep full precision.
    @Test func otherClosedValues() {
        #expect(abs(Special.digamma(1) + 0.5772156649015329) <= 4 * Double.ulpOfOne)
        #expect(abs(Special.studentTQuantile(0.975, degreesOfFreedom: 10) - 2.228) <= 5e-4)
        #expect(abs(Special.log1p(1e-20) - 1e-20) <= 1e-36)
        #expect(abs(Special.expm1(1e-20) - 1e-20) <= 1e-36)
    }

    /// logSumExp: ln(e⁰ + e⁰) = ln 2, unchanged by a shift of 1000 (no overflow); −∞ for an
    /// empty input; softmax sums to 1 and keeps ratios e^{xᵢ − xⱼ}.
    @Test func logSumExpAndSoftmax() {
        #expect(abs(Special.logSumExp([0, 0]) - log(2)) <= Double.ulpOfOne)
        #expect(abs(Special.logSumExp([1000, 1000]) - (1000 + log(2))) <= 1000 * Double.ulpOfOne)
        #expect(Special.logSumExp([]) == -.infinity)
        #expect(Special.logSumExp([-.infinity, -.infinity]) == -.infinity)
        #expect(Special.logSumExp([-.infinity, 3]) == 3)
        let s = Special.softmax([1, 2, 3, 1000])
        #expect(abs(s.reduce(0, +) - 1) <= 4 * Double.ulpOfOne)
        let t = Special.softmax([1, 2, 3])
        #expect(abs(t[1] / t[0] - exp(1)) <= 8 * Double.ulpOfOne * exp(1))
    }

    /// Limits where GSL's own routines return NaN (x² overflows): erf(±∞) = ±1, erfc(∞) = 0,
    /// erfc(−∞) = 2, ln Φ(∞) = 0, ln Φ(−∞) = −∞, and the same at ±10³⁰⁰; the switch points are
    /// seamless (erf(9.99) is already 1 in double, erfc(27.9) ≈ 10⁻³⁴⁰ already 0; ln Φ(40) = −Φ(−40) is 0).
    @Test func limitsAtInfinity() {
        for x in [Double.infinity, 1e300, 1e160] {
            #expect(Special.erf(x) == 1 && Special.erf(-x) == -1)
            #expect(Special.erfc(x) == 0 && Special.erfc(-x) == 2)
            #expect(Special.logNormalCDF(x) == 0)
            #expect(Special.logNormalCDF(-x) < -0.49 * min(x * x, .greatestFiniteMagnitude))
        }
        #expect(Special.logNormalCDF(-.infinity) == -.infinity)
        #expect(Special.erf(9.99) == 1 && Special.erfc(27.9) == 0 && Special.erfc(-9.99) == 2)
        #expect(Special.logNormalCDF(39.9) == 0)
        // Continuity at the switch to the asymptote, −10⁸: −5·10¹⁵ − 8 ln 10 − ½ ln 2π on both sides.
        let t = 1e8
        let expected = -0.5 * t * t - log(t) - 0.5 * log(2 * Double.pi)
        #expect(abs(Special.logNormalCDF(-t * (1 + 1e-15)) / expected - 1) <= 1e-14)
        #expect(abs(Special.logNormalCDF(-t * (1 - 1e-15)) / expected - 1) <= 1e-14)
        #expect(Special.logNormalCDF(.nan).isNaN)
    }
}
