import Foundation
import GSLKit

/// The weighted least-squares projection onto a box-constrained linear class,
///
///   min_w F(w) = Σ_i p_i (a_iᵀw − g_i)²   subject to  l ≤ w ≤ u,
///
/// solved by FISTA (accelerated projected gradient, step 1/L with L = 2 Σ_i p_i ‖a_i‖² ≥ the
/// Lipschitz constant of ∇F) until the Frank–Wolfe gap G(w) = max_{w'∈box} ∇F(w)ᵀ(w − w') is below
/// `gapTolerance`. Because F is convex, F(w) − F* ≤ G(w); because the class is convex and F a squared
/// distance, ‖f_w − f*‖² ≤ F(w) − F* (f* the projection), so √G bounds the error of the projected
/// function in the p-weighted norm. Used for Proj onto F_{R,M} (D.4) and for the infimum of (D.28).
struct BoxLeastSquares: Sendable {
    let solution: [Double]
    /// F at the solution.
    let objective: Double
    /// The Frank–Wolfe gap at the solution.
    let gap: Double
    let iterations: Int

    /// `rows[i]` = a_i, `targets[i]` = g_i, `weights[i]` = p_i ≥ 0; start at the box centre.
    init(rows: [[Double]], targets: [Double], weights: [Double], lower: [Double], upper: [Double],
         gapTolerance: Double, maxIterations: Int = 50_000) {
        let n = lower.count
        let lipschitz = 2 * zip(rows, weights).reduce(0.0) { $0 + $1.1 * Vector.dot($1.0, $1.0) }
        func gradient(_ w: [Double]) -> (value: Double, grad: [Double]) {
            var grad = [Double](repeating: 0, count: n), value = 0.0
            for (i, a) in rows.enumerated() where weights[i] > 0 {
                let e = Vector.dot(a, w) - targets[i]
                value += weights[i] * e * e
                let c = 2 * weights[i] * e
                for j in 0..<n { grad[j] += c * a[j] }
            }
            return (value, grad)
        }
        func frankWolfe(_ w: [Double], _ g: [Double]) -> Double {
            var gap = 0.0
            for j in 0..<n { gap += g[j] > 0 ? g[j] * (w[j] - lower[j]) : g[j] * (w[j] - upper[j]) }
            return gap
        }
        var w = (0..<n).map { (lower[$0] + upper[$0]) / 2 }, y = w, t = 1.0
        var current = gradient(w), iterations = 0
        while iterations < maxIterations && lipschitz > 0 {
            if frankWolfe(w, current.grad) <= gapTolerance { break }
            iterations += 1
            let gy = gradient(y).grad
            let next = (0..<n).map { min(max(y[$0] - gy[$0] / lipschitz, lower[$0]), upper[$0]) }
            let tNext = (1 + (1 + 4 * t * t).squareRoot()) / 2
            y = (0..<n).map { next[$0] + (t - 1) / tNext * (next[$0] - w[$0]) }
            w = next
            t = tNext
            current = gradient(w)
        }
        solution = w
        objective = current.value
        gap = max(frankWolfe(w, current.grad), 0)
        self.iterations = iterations
    }
}
