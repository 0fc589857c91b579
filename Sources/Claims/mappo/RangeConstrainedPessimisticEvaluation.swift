import ExactSolvers
import GSLKit
import MarkovGames

/// The pessimistic policy evaluation of mappo Alg. 2 line 4 (Sec. 5, App. C.1) in the one-hot
/// instance of Def. 5.1: f = ϕᵀw with w ∈ [0, 1/(1−γ)]^d (the range constraint; ‖w‖ ≤ L = √d/(1−γ)
/// then holds), minimising f(s₀, π^{1:m}) + λ E^{1:m}(f, π), a convex quadratic in w:
///
///   Φ(w) = Σ_b π^{1:m}(b|s₀) w(s₀,b) + λ Σ_c W_c ((Mw)_c − r̄_c)²,  M = I − γP̂Π_π.
///
/// Learners' `PessimisticEvaluation` (the `mappo-pessimistic` learner) is the closed form of the same
/// objective WITHOUT the range constraint (and with a ridge); the claims keep the constraint of
/// Def. 5.1, so the box program stays here.
struct RangeConstrainedPessimisticEvaluation {
    /// f̂ = ϕᵀw, flat [s][b_m].
    let estimate: [Double]
    /// Φ at the estimate and its certified gap to the minimum (Frank–Wolfe).
    let objective: Double
    let gap: Double

    init(data: BellmanData, prefixPolicy: [Double], gamma: Double, initialState s0: Int, lambda: Double) {
        let d = data.cellCount, width = d / data.stateCount
        let m = data.residualMap(prefixPolicy: prefixPolicy, gamma: gamma)
        var h = [Double](repeating: 0, count: d * d), c = [Double](repeating: 0, count: d), constant = 0.0
        for row in 0..<d where data.weights[row] > 0 {
            let w = data.weights[row]
            constant += lambda * w * data.meanRewards[row] * data.meanRewards[row]
            for i in 0..<d {
                let mi = m[row, i]
                if mi == 0 { continue }
                c[i] -= 2 * lambda * w * mi * data.meanRewards[row]
                for j in 0..<d { h[i * d + j] += 2 * lambda * w * mi * m[row, j] }
            }
        }
        for b in 0..<width { c[s0 * width + b] += prefixPolicy[s0 * width + b] }
        let solution = BoxQuadraticProgram(hessian: h, linear: c, constant: constant, lower: [Double](repeating: 0, count: d),
                                           upper: [Double](repeating: 1 / (1 - gamma), count: d))
            .solve(gapTolerance: 1e-12, relativeGapTolerance: 1e-12, maxIterations: 200_000, polishing: false)
        estimate = solution.point
        objective = solution.value
        gap = solution.gap
    }

    /// A bound on ‖f̂ − f*‖₂ for the exact minimiser f*: sqrt(2·gap/μ) with μ = 2λ·min_c W_c·(1−γ)²/d,
    /// a lower bound on the smallest eigenvalue of the Hessian 2λMᵀWM (‖Mx‖₂ ≥ ‖Mx‖∞ ≥ (1−γ)‖x‖∞ ≥
    /// (1−γ)‖x‖₂/√d because P̂Π is sub-stochastic). Infinite when a cell has no data.
    func errorBound(data: BellmanData, gamma: Double, lambda: Double) -> Double {
        let mu = 2 * lambda * (data.weights.min() ?? 0) * (1 - gamma) * (1 - gamma) / Double(data.cellCount)
        return mu > 0 ? (2 * gap / mu).squareRoot() : .infinity
    }

    /// f(s₀, π^{1:m}) + λE^{1:m}(f, π) for any f (the objective of line 4).
    static func objective(_ f: [Double], data: BellmanData, prefixPolicy: [Double], gamma: Double, initialState s0: Int, lambda: Double) -> Double {
        let width = data.cellCount / data.stateCount
        var v = 0.0
        for b in 0..<width { v += prefixPolicy[s0 * width + b] * f[s0 * width + b] }
        return v + lambda * data.bellmanError(f, prefixPolicy: prefixPolicy, gamma: gamma)
    }
}
