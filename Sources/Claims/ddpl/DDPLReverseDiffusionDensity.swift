import Foundation
import GSLKit

/// The density of the DDPM sampler's output in one dimension (ddpl Sec. 4.1):
/// a_H ~ N(0, 1), a_{τ−1} = (a_τ + β_τ s_τ(a_τ))/√α_τ + σ_τ ε with σ_τ² = β_τ/α_τ, propagated on a uniform
/// grid, with the exact scores s_τ = ∇ log p_τ of a Gaussian-mixture target (`DenoisingScoreMatching.Mixture`).
///
/// Each step is the push-forward of the grid density through the monotone drift map
/// m(x) = (x + β s(x))/√α (1 + βs' ≥ 1 − β/(1−ᾱ_τ) ≥ 0 for a mixture score), evaluated at each grid point
/// by inverting m (bracketing pointer, then Newton) and interpolating the density cubically, followed by
/// the Gaussian smoothing of variance σ_τ² (`convolve`, `heatExpansion`).
struct ReverseDiffusionDensity {
    let grid: [Double]
    let spacing: Double
    /// The output density q_0 on the grid.
    let density: [Double]

    /// A sampled Gaussian kernel of standard deviation σ ≥ 1.5h convolves by the trapezoid rule with a
    /// relative error of order exp(−2π²σ²/h²) < 10⁻¹⁹; smaller variances are accumulated until they reach
    /// (1.5h)² (the drift maps of those steps move points by O(β) ≪ h, so deferring the smoothing changes
    /// the density by O(β·σ²)).
    static let sampledKernelThreshold = 2.25

    init(target: DenoisingScoreMatching.Mixture, schedule s: DDPLNoiseSchedule, halfWidth: Double = 6, spacing h: Double = 0.006) {
        let count = Int((2 * halfWidth / h).rounded()) + 1
        grid = (0..<count).map { -halfWidth + Double($0) * h }
        spacing = h
        var q = grid.map { Special.normalDensity($0) }
        var pending = 0.0
        for t in stride(from: s.horizon - 1, through: 0, by: -1) {
            q = Self.pushForward(q, grid: grid, spacing: h, target: target, schedule: s, step: t)
            pending += s.beta[t] / s.alpha[t]
            if pending >= Self.sampledKernelThreshold * h * h {
                q = Self.convolve(q, spacing: h, variance: pending)
                pending = 0
            }
        }
        density = pending > 0 ? Self.heatExpansion(q, spacing: h, variance: pending) : q
    }

    static func pushForward(_ q: [Double], grid: [Double], spacing h: Double, target: DenoisingScoreMatching.Mixture,
                            schedule s: DDPLNoiseSchedule, step t: Int) -> [Double] {
        let ab = s.alphaBar[t], noise = s.oneMinusAlphaBar[t], beta = s.beta[t], root = s.alpha[t].squareRoot()
        // m(x) and m'(x) together.
        let map = { (x: Double) -> (value: Double, slope: Double) in
            let d = target.scoreAndDerivative(x, alphaBar: ab, noise: noise)
            return ((x + beta * d.score) / root, (1 + beta * d.derivative) / root)
        }
        let mapped = grid.map { map($0).value }
        var out = [Double](repeating: 0, count: grid.count)
        var j = 0
        for (i, y) in grid.enumerated() {
            guard y >= mapped[0], y <= mapped[mapped.count - 1] else { continue }
            while j < mapped.count - 2 && mapped[j + 1] < y { j += 1 }
            // Linear inverse on [x_j, x_{j+1}], refined by two Newton steps on m(x) = y.
            var x = grid[j] + h * (y - mapped[j]) / max(mapped[j + 1] - mapped[j], Double.leastNormalMagnitude)
            var current = map(x)
            for _ in 0..<2 {
                x -= (current.value - y) / current.slope
                current = map(x)
            }
            out[i] = cubic(q, at: x, origin: grid[0], spacing: h) / current.slope
        }
        return out
    }

    /// Catmull–Rom cubic interpolation of grid values (linear next to the ends, 0 outside the grid).
    static func cubic(_ q: [Double], at x: Double, origin: Double, spacing h: Double) -> Double {
        let u = (x - origin) / h
        let k = Int(u.rounded(.down))
        guard k >= 1, k + 2 < q.count else { return k >= 0 && k + 1 < q.count ? q[k] + (u - Double(k)) * (q[k + 1] - q[k]) : 0 }
        let f = u - Double(k)
        let p0 = q[k - 1], p1 = q[k], p2 = q[k + 1], p3 = q[k + 2]
        let value = p1 + 0.5 * f * (p2 - p0 + f * (2 * p0 - 5 * p1 + 4 * p2 - p3 + f * (3 * (p1 - p2) + p3 - p0)))
        return max(value, 0)
    }

    /// Convolution with N(0, v) by the trapezoid rule over ±10 standard deviations.
    static func convolve(_ q: [Double], spacing h: Double, variance v: Double) -> [Double] {
        let sd = v.squareRoot(), n = q.count
        let reach = Int((10 * sd / h).rounded(.up))
        let kernel = (0...reach).map { Special.normalDensity(Double($0) * h / sd) * h / sd }
        var out = [Double](repeating: 0, count: n)
        q.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for j in 0..<n where src[j] != 0 {
                    let w = src[j]
                    dst[j] += w * kernel[0]
                    let lo = max(0, j - reach), hi = min(n - 1, j + reach)
                    if j > lo { for i in lo..<j { dst[i] += w * kernel[j - i] } }
                    if hi > j { for i in (j + 1)...hi { dst[i] += w * kernel[i - j] } }
                }
            }
        }
        return out
    }

    /// The remaining smoothing of variance v < (1.5h)², applied once, by the heat-equation expansion
    /// q + (v/2)q″ + (v²/8)q⁗ with central differences (remainder O(v³q⁽⁶⁾)).
    static func heatExpansion(_ q: [Double], spacing h: Double, variance v: Double) -> [Double] {
        var out = q
        for i in 2..<(q.count - 2) {
            let d2 = (q[i + 1] - 2 * q[i] + q[i - 1]) / (h * h)
            let d4 = (q[i + 2] - 4 * q[i + 1] + 6 * q[i] - 4 * q[i - 1] + q[i - 2]) / (h * h * h * h)
            out[i] = max(q[i] + 0.5 * v * d2 + 0.125 * v * v * d4, 0)
        }
        return out
    }

    /// The target conditioned on A = [−c_b, c_b] (the paper's π* is supported on A; the mixture leaves a
    /// mass below 10⁻⁵ outside, removed here).
    static func truncatedDensity(_ target: DenoisingScoreMatching.Mixture, _ x: Double, bound cb: Double) -> Double {
        guard abs(x) <= cb else { return 0 }
        let mass = target.weights.indices.reduce(0.0) { acc, k in
            let sd = target.variances[k].squareRoot()
            return acc + target.weights[k] * (Special.normalCDF((cb - target.means[k]) / sd) - Special.normalCDF((-cb - target.means[k]) / sd))
        }
        return mixtureDensity(target, x) / mass
    }

    /// D_TV(π*, q_0) = ½∫|π* − q_0| (no projection), by the trapezoid rule on the grid, π* conditioned on A.
    func totalVariation(from target: DenoisingScoreMatching.Mixture, bound cb: Double) -> Double {
        var sum = 0.0
        for (i, x) in grid.enumerated() {
            let w = (i == 0 || i == grid.count - 1) ? 0.5 : 1
            sum += w * abs(Self.truncatedDensity(target, x, bound: cb) - density[i])
        }
        return 0.5 * sum * spacing
    }

    /// D_TV(π*, Proj_A # q_0) with A = [−c_b, c_b] and π* conditioned on A: the projection leaves q_0 on
    /// (−c_b, c_b) and puts the mass outside on the two end points as atoms, which π* does not have:
    /// TV = ½(∫_A |π* − q_0| + m₋ + m₊).
    func projectedTotalVariation(from target: DenoisingScoreMatching.Mixture, bound cb: Double) -> Double {
        var inside = 0.0, outside = 0.0
        for (i, x) in grid.enumerated() {
            let w = ((i == 0 || i == grid.count - 1) ? 0.5 : 1) * spacing
            if abs(x) < cb { inside += w * abs(Self.truncatedDensity(target, x, bound: cb) - density[i]) } else { outside += w * density[i] }
        }
        return 0.5 * (inside + outside)
    }

    static func mixtureDensity(_ target: DenoisingScoreMatching.Mixture, _ x: Double) -> Double {
        target.weights.indices.reduce(0) { acc, k in
            let sd = target.variances[k].squareRoot()
            return acc + target.weights[k] * Special.normalDensity((x - target.means[k]) / sd) / sd
        }
    }
}
