import Foundation
import GSLKit

/// The weighted least-squares projection onto a box-constrained linear class,
///
///   min_w F(w) = Σ_i p_i (a_iᵀw − g_i)²   subject to  l ≤ w ≤ u,
///
/// in quadratic form F(w) = ½wᵀHw − cᵀw + Σ p_i g_i² (H = 2Σ p_i a_i a_iᵀ, c = 2Σ p_i g_i a_i), solved by FISTA
/// with gradient restarts (step 1/L, L the largest eigenvalue of H by power iteration) and polished by
/// an exact solve on the variables strictly inside the box, until the Frank–Wolfe gap
/// G(w) = max_{w'∈box} ∇F(w)ᵀ(w − w') is below `gapTolerance`. Because F is convex, F(w) − F* ≤ G(w);
/// because the class is convex and F a squared distance, ‖f_w − f*‖² ≤ F(w) − F* (f* the projection), so
/// √G bounds the error of the projected function in the p-weighted norm. Used for Proj onto F_{R,M}
/// (D.4) and for the infimum of (D.28).
struct BoxLeastSquares: Sendable {
    let solution: [Double]
    /// F at the solution.
    let objective: Double
    /// The Frank–Wolfe gap at the solution.
    let gap: Double
    let iterations: Int

    init(rows: [[Double]], targets: [Double], weights: [Double], lower: [Double], upper: [Double],
         gapTolerance: Double, maxIterations: Int = 20_000) {
        let n = lower.count
        var h = [Double](repeating: 0, count: n * n), c = [Double](repeating: 0, count: n), constant = 0.0
        for (i, a) in rows.enumerated() where weights[i] > 0 {
            let p = weights[i]
            constant += p * targets[i] * targets[i]
            for j in 0..<n where a[j] != 0 {
                c[j] += 2 * p * targets[i] * a[j]
                for k in 0..<n { h[j * n + k] += 2 * p * a[j] * a[k] }
            }
        }
        let problem = BoxQuadratic(n: n, h: h, c: c, constant: constant, lower: lower, upper: upper)
        var w = (0..<n).map { (lower[$0] + upper[$0]) / 2 }
        var iterations = 0
        let lipschitz = problem.largestEigenvalue()
        if lipschitz > 0 {
            var y = w, t = 1.0, grad = [Double](repeating: 0, count: n), next = w
            while iterations < maxIterations {
                if iterations % 25 == 0 {
                    problem.polish(&w)
                    y = w
                    t = 1
                    if problem.frankWolfeGap(w) <= gapTolerance { break }
                }
                iterations += 1
                problem.gradient(y, into: &grad)
                for j in 0..<n { next[j] = min(max(y[j] - grad[j] / lipschitz, lower[j]), upper[j]) }
                let tNext = (1 + (1 + 4 * t * t).squareRoot()) / 2
                var restart = 0.0
                for j in 0..<n { restart += grad[j] * (next[j] - w[j]) }
                if restart > 0 {
                    t = 1
                    y = next
                } else {
                    for j in 0..<n { y[j] = next[j] + (t - 1) / tNext * (next[j] - w[j]) }
                    t = tNext
                }
                w = next
            }
            problem.polish(&w)
        }
        solution = w
        objective = max(problem.value(w), 0)
        gap = max(problem.frankWolfeGap(w), 0)
        self.iterations = iterations
    }
}

/// ½wᵀHw − cᵀw + constant on a box, with the operations `BoxLeastSquares` needs.
private struct BoxQuadratic {
    let n: Int
    let h: [Double]
    let c: [Double]
    let constant: Double
    let lower: [Double]
    let upper: [Double]

    func gradient(_ w: [Double], into g: inout [Double]) {
        for j in 0..<n {
            var v = -c[j]
            for k in 0..<n { v += h[j * n + k] * w[k] }
            g[j] = v
        }
    }

    func value(_ w: [Double]) -> Double {
        var v = constant
        for j in 0..<n {
            var hw = 0.0
            for k in 0..<n { hw += h[j * n + k] * w[k] }
            v += 0.5 * w[j] * hw - c[j] * w[j]
        }
        return v
    }

    func frankWolfeGap(_ w: [Double]) -> Double {
        var g = [Double](repeating: 0, count: n)
        gradient(w, into: &g)
        var gap = 0.0
        for j in 0..<n { gap += g[j] > 0 ? g[j] * (w[j] - lower[j]) : g[j] * (w[j] - upper[j]) }
        return gap
    }

    /// λ_max(H) by 200 steps of power iteration, times 1.01 (a safe step for a PSD H).
    func largestEigenvalue() -> Double {
        var v = [Double](repeating: 1 / Double(n).squareRoot(), count: n), lambda = 0.0
        for _ in 0..<200 {
            var hv = [Double](repeating: 0, count: n)
            for j in 0..<n { for k in 0..<n { hv[j] += h[j * n + k] * v[k] } }
            let norm = Vector.twoNorm(hv)
            guard norm > 0 else { return 0 }
            lambda = norm
            v = hv.map { $0 / norm }
        }
        return 1.01 * lambda
    }

    /// Primal active-set steps: solve ∂F/∂w_F = 0 on the free variables (strictly inside the box) with the
    /// others fixed (with a ridge of 10⁻¹³·trace, since H is singular when there are more variables than
    /// distinct rows), move toward that solution as far as the box allows, pin the variable that hits a
    /// bound, and repeat; every accepted move lowers F (F is convex along the segment).
    func polish(_ w: inout [Double]) {
        for _ in 0..<(2 * n) {
            let free = (0..<n).filter { j in
                let margin = 1e-12 * (upper[j] - lower[j])
                return w[j] > lower[j] + margin && w[j] < upper[j] - margin
            }
            guard !free.isEmpty else { return }
            var a = Matrix(rows: free.count, columns: free.count)
            var b = [Double](repeating: 0, count: free.count)
            let isFree = Set(free)
            var trace = 0.0
            for j in free { trace += h[j * n + j] }
            for (r, j) in free.enumerated() {
                b[r] = c[j]
                for k in 0..<n where !isFree.contains(k) { b[r] -= h[j * n + k] * w[k] }
                for (s, k) in free.enumerated() { a.storage[r * free.count + s] = h[j * n + k] }
                a.storage[r * free.count + r] += 1e-13 * trace
            }
            guard let x = try? a.solve(b).x, x.allSatisfy({ $0.isFinite }) else { return }
            var step = 1.0, blocking: Int? = nil
            for (r, j) in free.enumerated() {
                let d = x[r] - w[j]
                if d > 0, (upper[j] - w[j]) / d < step { step = (upper[j] - w[j]) / d; blocking = j }
                if d < 0, (lower[j] - w[j]) / d < step { step = (lower[j] - w[j]) / d; blocking = j }
            }
            var candidate = w
            for (r, j) in free.enumerated() { candidate[j] = min(max(w[j] + step * (x[r] - w[j]), lower[j]), upper[j]) }
            if let j = blocking { candidate[j] = x[free.firstIndex(of: j)!] > w[j] ? upper[j] : lower[j] }
            guard value(candidate) <= value(w) else { return }
            w = candidate
            if blocking == nil { return }
        }
    }
}
