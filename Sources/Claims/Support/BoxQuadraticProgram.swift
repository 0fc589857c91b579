import GSLKit

/// A convex quadratic program over a box,
///
///   min_w Φ(w) = ½wᵀHw + cᵀw + constant   subject to  l ≤ w ≤ u   (H symmetric positive semidefinite),
///
/// solved by FISTA with gradient restarts (step 1/L, L the largest eigenvalue of H by power iteration)
/// and polished by exact solves on the variables strictly inside the box, until the
/// Frank–Wolfe gap G(w) = max_{v∈box} ∇Φ(w)ᵀ(w − v) is below the tolerance. Because Φ is convex,
/// Φ(w) − min Φ ≤ G(w), which is exact to compute on a box: the returned gap certifies the solution.
///
/// Used for the pessimistic policy evaluation of mappo Alg. 2 (Sec. 5, App. C.1), where the range
/// constraint f ∈ [0, 1/(1−γ)] of Def. 5.1 is the box, and for the projection onto ltde's F_{R,M}
/// (D.4) and the infimum of (D.28) in least-squares form (`leastSquares`). Cost per step O(n²).
struct BoxQuadraticProgram: Sendable {
    let dimension: Int
    /// H, row-major n × n.
    let hessian: [Double]
    let linear: [Double]
    let constant: Double
    let lower: [Double]
    let upper: [Double]

    /// The minimiser found, Φ there, its certified gap and the FISTA steps taken.
    struct Solution: Sendable {
        let point: [Double]
        let value: Double
        let gap: Double
        let iterations: Int
    }

    init(hessian: [Double], linear: [Double], constant: Double = 0, lower: [Double], upper: [Double]) {
        precondition(hessian.count == linear.count * linear.count && lower.count == linear.count && upper.count == linear.count,
                     "BoxQuadraticProgram: H is \(hessian.count) entries for \(linear.count) variables")
        dimension = linear.count
        self.hessian = hessian
        self.linear = linear
        self.constant = constant
        self.lower = lower
        self.upper = upper
    }

    /// The weighted least-squares projection onto a box-constrained linear class,
    /// min_w Σ_i p_i (a_iᵀw − g_i)² over l ≤ w ≤ u: H = 2Σ p_i a_i a_iᵀ, c = −2Σ p_i g_i a_i,
    /// constant Σ p_i g_i². As the class is convex and Φ a squared distance, ‖f_w − f*‖² ≤ Φ(w) − Φ* ≤ G(w)
    /// (f* the projection), so √G bounds the error of the projected function in the p-weighted norm.
    static func leastSquares(rows: [[Double]], targets: [Double], weights: [Double],
                             lower: [Double], upper: [Double]) -> BoxQuadraticProgram {
        let n = lower.count
        var h = [Double](repeating: 0, count: n * n), c = [Double](repeating: 0, count: n), constant = 0.0
        for (i, a) in rows.enumerated() where weights[i] > 0 {
            let p = weights[i]
            constant += p * targets[i] * targets[i]
            for j in 0..<n where a[j] != 0 {
                c[j] -= 2 * p * targets[i] * a[j]
                for k in 0..<n { h[j * n + k] += 2 * p * a[j] * a[k] }
            }
        }
        return BoxQuadraticProgram(hessian: h, linear: c, constant: constant, lower: lower, upper: upper)
    }

    /// The minimiser to a gap ≤ `gapTolerance` + `relativeGapTolerance`·|Φ(w)|, or the best point after
    /// `maxIterations` steps (the gap returned says how good it is). The gap is checked every 25 steps;
    /// with `polishing` the iterate is polished there too (and FISTA restarted from it), which pays on
    /// small problems whose solution has many free variables; without, it is polished once at the end
    /// (a polish costs up to 2n solves of the free variables' system, O(n⁴) in all).
    func solve(gapTolerance: Double, relativeGapTolerance: Double = 0, maxIterations: Int = 20_000,
               polishing: Bool = true) -> Solution {
        let n = dimension
        var w = (0..<n).map { (lower[$0] + upper[$0]) / 2 }
        var iterations = 0
        let lipschitz = largestEigenvalue()
        if lipschitz > 0 {
            var y = w, t = 1.0, grad = [Double](repeating: 0, count: n), next = w
            while iterations < maxIterations {
                if iterations % 25 == 0 {
                    if polishing {
                        polish(&w)
                        y = w
                        t = 1
                    }
                    if frankWolfeGap(w) <= gapTolerance + relativeGapTolerance * abs(value(w)) { break }
                }
                iterations += 1
                gradient(y, into: &grad)
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
            polish(&w)
        } else {
            // H = 0: Φ is linear and each coordinate goes to the bound its coefficient favours.
            for j in 0..<n where linear[j] != 0 { w[j] = linear[j] > 0 ? lower[j] : upper[j] }
        }
        return Solution(point: w, value: value(w), gap: max(frankWolfeGap(w), 0), iterations: iterations)
    }

    func value(_ w: [Double]) -> Double {
        var v = constant
        for j in 0..<dimension {
            var hw = 0.0
            for k in 0..<dimension { hw += hessian[j * dimension + k] * w[k] }
            v += 0.5 * w[j] * hw + linear[j] * w[j]
        }
        return v
    }

    func gradient(_ w: [Double], into g: inout [Double]) {
        for j in 0..<dimension {
            var v = linear[j]
            for k in 0..<dimension { v += hessian[j * dimension + k] * w[k] }
            g[j] = v
        }
    }

    /// G(w) = max_{l≤v≤u} ∇Φ(w)ᵀ(w − v) ≥ Φ(w) − min Φ (convexity).
    func frankWolfeGap(_ w: [Double]) -> Double {
        var g = [Double](repeating: 0, count: dimension)
        gradient(w, into: &g)
        var gap = 0.0
        for j in 0..<dimension { gap += g[j] > 0 ? g[j] * (w[j] - lower[j]) : g[j] * (w[j] - upper[j]) }
        return gap
    }

    /// λ_max(H) by 200 steps of power iteration, times 1.01 (a safe step for a PSD H).
    private func largestEigenvalue() -> Double {
        let n = dimension
        var v = [Double](repeating: 1 / Double(n).squareRoot(), count: n), lambda = 0.0
        for _ in 0..<200 {
            var hv = [Double](repeating: 0, count: n)
            for j in 0..<n { for k in 0..<n { hv[j] += hessian[j * n + k] * v[k] } }
            let norm = Vector.twoNorm(hv)
            guard norm > 0 else { return 0 }
            lambda = norm
            v = hv.map { $0 / norm }
        }
        return 1.01 * lambda
    }

    /// Primal active-set steps: solve ∂Φ/∂w_F = 0 on the free variables (strictly inside the box) with
    /// the others fixed (with a ridge of 10⁻¹³·trace, since H is singular when there are more variables
    /// than distinct rows), move toward that solution as far as the box allows, pin the variable that
    /// hits a bound, and repeat; every accepted move lowers Φ (Φ is convex along the segment).
    private func polish(_ w: inout [Double]) {
        let n = dimension
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
            for j in free { trace += hessian[j * n + j] }
            for (r, j) in free.enumerated() {
                b[r] = -linear[j]
                for k in 0..<n where !isFree.contains(k) { b[r] -= hessian[j * n + k] * w[k] }
                for (s, k) in free.enumerated() { a.storage[r * free.count + s] = hessian[j * n + k] }
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
