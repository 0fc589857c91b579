import Foundation
import GSLKit

/// The weighted-loss class F_Θ = {f^θ = w · l^θ} of ddpl Lemma B.2 for the score class
/// s^θ(x) = θ₁ g(x) + θ₂ (every τ), g(x) = min(max(|x| − c_b, 0), 1), |θ₁| + |θ₂| ≤ c₂ (so |s| ≤ c₂ ≤ c₂(1 + |x|):
/// Assumption B.1(iii)), on A = [−c_b, c_b], d = 1, with the printed target +ε/√(1−ᾱ) of eq. (25).
/// The feature g vanishes on A: two fields that differ only in θ₁ agree on the support and differ at the
/// noisy points the loss evaluates them at.
///
/// With x_τ = √ᾱ_τ a + √(1−ᾱ_τ) ε and t_τ = ε/√(1−ᾱ_τ), l^θ(a) = Σ_τ β_τ E(θ₁ g(x_τ) + θ₂ − t_τ)² is a
/// quadratic in θ whose coefficients are the moments E g², E g, E[g·t], E t (= 0), E t², in closed form
/// (`featureMoments`) at each grid point a.
struct WeightedLossClass {
    let points: [Double]
    /// Σ_τ β_τ E g²(x_τ), Σ β E g(x_τ), Σ β E[g(x_τ) t_τ], Σ β E t_τ², per point.
    let featureSquare: [Double]
    let featureMean: [Double]
    let featureNoise: [Double]
    let noiseSquare: [Double]
    let weights: [Double]
    /// Σ_τ β_τ, the coefficient of θ₂².
    let betaSum: Double

    init(target: ImportanceSampledTarget, schedule s: DDPLNoiseSchedule, pointCount: Int = 101) throws {
        let z = try target.normalizer().value
        points = (0..<pointCount).map { -target.bound + 2 * target.bound * Double($0) / Double(pointCount - 1) }
        var a2: [Double] = [], a1: [Double] = [], an: [Double] = [], nn: [Double] = []
        for a in points {
            var square = 0.0, mean = 0.0, cross = 0.0, noise = 0.0
            for t in 0..<s.horizon {
                let m = Self.featureMoments(mean: s.alphaBar[t].squareRoot() * a, sd: s.oneMinusAlphaBar[t].squareRoot(), bound: target.bound)
                square += s.beta[t] * m.square
                mean += s.beta[t] * m.mean
                cross += s.beta[t] * m.slope
                noise += s.beta[t] / s.oneMinusAlphaBar[t]
            }
            a2.append(square); a1.append(mean); an.append(cross); nn.append(noise)
        }
        featureSquare = a2
        featureMean = a1
        featureNoise = an
        noiseSquare = nn
        weights = points.map { target.weight($0, normalizer: z) }
        betaSum = s.beta.reduce(0, +)
    }

    /// E g(Y), E g(Y)² and E[g(Y)ε]/σ = E g'(Y) (Stein's identity, g Lipschitz) for Y = m + σε, in closed
    /// form: g is piecewise linear, and for an interval [l, u] with z = (·−m)/σ,
    /// P = Φ(z_u) − Φ(z_l), E[Y1] = mP + σ(φ(z_l) − φ(z_u)), E[Y²1] = (m²+σ²)P + 2mσ(φ(z_l) − φ(z_u)) + σ²(z_lφ(z_l) − z_uφ(z_u)).
    static func featureMoments(mean m: Double, sd: Double, bound cb: Double) -> (mean: Double, square: Double, slope: Double) {
        func pieces(_ l: Double, _ u: Double) -> (p: Double, first: Double, second: Double) {
            let zl = (l - m) / sd, zu = (u - m) / sd
            let p = Special.normalCDF(zu) - Special.normalCDF(zl)
            let dl = Special.normalDensity(zl), du = Special.normalDensity(zu)
            let first = m * p + sd * (dl - du)
            let endl = zl.isFinite ? zl * dl : 0, endu = zu.isFinite ? zu * du : 0
            let second = (m * m + sd * sd) * p + 2 * m * sd * (dl - du) + sd * sd * (endl - endu)
            return (p, first, second)
        }
        let right = pieces(cb, cb + 1), left = pieces(-cb - 1, -cb)
        let tails = pieces(cb + 1, .infinity).p + pieces(-.infinity, -cb - 1).p
        // g = Y − c_b on (c_b, c_b + 1), −Y − c_b on (−c_b − 1, −c_b), 1 beyond.
        let mean = (right.first - cb * right.p) + (-left.first - cb * left.p) + tails
        let square = (right.second - 2 * cb * right.first + cb * cb * right.p) + (left.second + 2 * cb * left.first + cb * cb * left.p) + tails
        return (mean, square, right.p - left.p)
    }

    /// g(x) = min(max(|x| − c_b, 0), 1): 0 on A, 1-Lipschitz, bounded by 1.
    static func feature(_ x: Double, bound cb: Double) -> Double { min(max(abs(x) - cb, 0), 1) }

    /// l^θ(points[j]) for θ = (θ₁, θ₂).
    func loss(_ theta: (Double, Double), at j: Int) -> Double {
        let (u, b) = theta
        return u * u * featureSquare[j] + 2 * u * b * featureMean[j] + b * b * betaSum - 2 * u * featureNoise[j] + noiseSquare[j]
    }

    /// sup_{a on the grid} |f^θ(a) − f^θ̃(a)| (a lower estimate of the sup over A).
    func distance(_ theta: (Double, Double), _ other: (Double, Double)) -> Double {
        points.indices.map { weights[$0] * abs(loss(theta, at: $0) - loss(other, at: $0)) }.max()!
    }
}
