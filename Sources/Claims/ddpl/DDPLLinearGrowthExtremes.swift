import Foundation
import GSLKit

/// The worst score fields allowed by Assumption B.1(iii), |s(x)| ≤ c₂(1 + |x|) (d = 1), for the
/// expectations of Lemma B.3 at a point a with x = √ᾱ a + √(1−ᾱ) ε, ε ~ N(0,1):
///
/// - sup_s E s(x)² = c₂² E(1 + |x|)², attained by s = c₂(1 + |x|);
/// - sup_s E(s(x) − t)² with t = ±ε/√(1−ᾱ) = E(c₂(1 + |x|) + |ε|/√(1−ᾱ))², attained by
///   s(x) = −sign(t)·c₂(1 + |x|) (for fixed a, ε is a function of x), whichever sign the target has.
enum LinearGrowthExtremes {
    /// E|Y| for Y ~ N(m, sd²) (folded normal mean).
    static func foldedMean(mean m: Double, sd: Double) -> Double {
        sd * (2 / Double.pi).squareRoot() * exp(-m * m / (2 * sd * sd)) + m * (1 - 2 * Special.normalCDF(-m / sd))
    }

    /// c₂² E(1 + |x|)² with x ~ N(√ᾱ a, 1 − ᾱ): the left side of (40a) at its worst field, for step τ
    /// of schedule `s` (index 0 is τ = 1).
    static func scoreSecondMoment(c2: Double, point a: Double, schedule s: DDPLNoiseSchedule, step t: Int) -> Double {
        let m = s.alphaBar[t].squareRoot() * a, sd = s.oneMinusAlphaBar[t].squareRoot()
        return c2 * c2 * (1 + 2 * foldedMean(mean: m, sd: sd) + m * m + sd * sd)
    }

    /// E(c₂(1 + |x|) + |ε|/√(1−ᾱ))², the largest τ-term of l^θ(a) (eq. 42) over the class; E|x||ε| by
    /// QAGP split at the kinks ε = 0 and ε = −m/sd (with GSL's error estimate added to the value).
    static func lossTerm(c2: Double, point a: Double, schedule s: DDPLNoiseSchedule, step t: Int) throws -> Double {
        let m = s.alphaBar[t].squareRoot() * a, sd = s.oneMinusAlphaBar[t].squareRoot()
        let kink = -m / sd
        let marks = ([-40.0, 0, kink, 40].filter { $0 >= -40 && $0 <= 40 }).sorted()
        let product = try Quadrature.integrate({ e in abs(m + sd * e) * abs(e) * Special.normalDensity(e) }, breakpoints: Array(Set(marks)).sorted(),
                                               settings: .init(absoluteTolerance: 0, relativeTolerance: 1e-12))
        let absNoise = (2 / Double.pi).squareRoot()
        return scoreSecondMoment(c2: c2, point: a, schedule: s, step: t) + 2 * c2 / sd * (absNoise + product.value) + 1 / (sd * sd)
    }

    /// sup_θ l^θ(a) = Σ_τ β_τ · lossTerm (the weight β²/(σ²α) = β with σ² = β/α, eq. 25).
    static func loss(c2: Double, point a: Double, schedule s: DDPLNoiseSchedule) throws -> Double {
        var total = 0.0
        for t in 0..<s.horizon { total += s.beta[t] * (try lossTerm(c2: c2, point: a, schedule: s, step: t)) }
        return total
    }
}
