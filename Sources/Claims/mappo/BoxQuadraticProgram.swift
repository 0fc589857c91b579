import GSLKit

/// A convex quadratic program over a box, min ½wᵀHw + cᵀw subject to l ≤ w ≤ u (H symmetric positive
/// semidefinite), solved by accelerated projected gradient (FISTA with gradient restarts) and
/// certified by the Frank–Wolfe gap max_{l≤v≤u} ∇Φ(w)ᵀ(w − v) ≥ Φ(w) − min Φ, which is exact to
/// compute on a box. Used for the pessimistic policy evaluation of mappo Alg. 2 (Sec. 5, App. C.1),
/// where the range constraint f ∈ [0, 1/(1−γ)] of Def. 5.1 is the box.
struct BoxQuadraticProgram {
    let hessian: Matrix
    let linear: [Double]
    let lower: [Double]
    let upper: [Double]

    var dimension: Int { linear.count }

    func objective(_ w: [Double]) -> Double {
        let hw = hessian.times(w)
        var v = 0.0
        for j in 0..<dimension { v += w[j] * (0.5 * hw[j] + linear[j]) }
        return v
    }

    func gradient(_ w: [Double]) -> [Double] {
        let hw = hessian.times(w)
        return (0..<dimension).map { hw[$0] + linear[$0] }
    }

    /// max_{l≤v≤u} ∇Φ(w)ᵀ(w − v) ≥ Φ(w) − min Φ (convexity).
    func frankWolfeGap(_ w: [Double]) -> Double {
        let g = gradient(w)
        var gap = 0.0
        for j in 0..<dimension { gap += g[j] > 0 ? g[j] * (w[j] - lower[j]) : g[j] * (w[j] - upper[j]) }
        return gap
    }

    private func clamp(_ w: [Double]) -> [Double] { (0..<dimension).map { min(max(w[$0], lower[$0]), upper[$0]) } }

    /// The minimiser to a Frank–Wolfe gap ≤ `tolerance`·(1 + |Φ|), or the best point after
    /// `maxIterations`; returns the point and its certified gap.
    func solve(tolerance: Double = 1e-12, maxIterations: Int = 200_000) -> (point: [Double], gap: Double) {
        var lipschitz = 0.0
        for i in 0..<dimension { lipschitz = max(lipschitz, (0..<dimension).reduce(0.0) { $0 + abs(hessian[i, $1]) }) }
        var w = clamp((0..<dimension).map { 0.5 * (lower[$0] + upper[$0]) })
        if lipschitz == 0 {
            w = (0..<dimension).map { linear[$0] > 0 ? lower[$0] : upper[$0] }
            return (w, frankWolfeGap(w))
        }
        var y = w, t = 1.0
        for iteration in 1...maxIterations {
            let g = gradient(y)
            let next = clamp((0..<dimension).map { y[$0] - g[$0] / lipschitz })
            var restart = 0.0
            for j in 0..<dimension { restart += (y[j] - next[j]) * (next[j] - w[j]) }
            if restart > 0 {
                t = 1
                y = next
            } else {
                let tNext = (1 + (1 + 4 * t * t).squareRoot()) / 2
                y = (0..<dimension).map { next[$0] + (t - 1) / tNext * (next[$0] - w[$0]) }
                t = tNext
            }
            w = next
            if iteration % 20 == 0 {
                let gap = frankWolfeGap(w)
                if gap <= tolerance * (1 + abs(objective(w))) { return (w, gap) }
            }
        }
        return (w, frankWolfeGap(w))
    }
}
