import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Theorem 3.1 proof, eqs. (15)–(16), as printed. (15): ∏(1−p_k)^{32} ≥ exp(−32 Σ p_k/(1−p_k))
    /// (by ln(1−x) ≥ −x/(1−x)), measured on the run of `ddpl.thm3.1`. (16): the tail Σ_{k≥150000} p_k at
    /// the worst-case variances σ_k² = 1/(10 + 0.128k), summed exactly in log space, against the
    /// printed integral, its closed-form bound (with C' at k = 150000, its largest value on the tail)
    /// and 10⁻¹⁰⁰; all in natural logs.
    static let theorem31Step8 = Claim(
        id: "ddpl.thm3.1/step8", paper: .ddpl, source: "Theorem 3.1 proof (App. A), Step 4, eqs. (15)–(16)",
        statement: "p̄_∞ ≥ ∏_{k=0}^∞ (1 − p_k)^{32} ≥ exp(−32 Σ_k p_k/(1 − p_k)) (15), using ln(1 − x) ≥ −x/(1 − x); Σ_{k=150000}^∞ p_k ≤ ∫_{149999}^∞ 5C' exp(−(0.00256x + 10.2))/√(2π(0.128x + 510)) dx ≤ (5C' exp(−10.2)/√(1020π)) ∫_{149999}^∞ exp(−0.00256x) dx ≤ 10⁻¹⁰⁰ (16).",
        hypotheses: "M_sa constants; (15) on the run from N(0, 0.1) (stationary-point update); (16) at σ_k² = 1/(10 + 0.128k) for k ≥ 150000",
        kind: .upperBound,
        check: ClaimCheck(family: .fixed("the paper's run from N(0, 0.1) and its worst-case tail", ClaimInstance())) { _ in
            let run = try GaussianProjectedRun(.stationaryPoint)
            let logProduct = run.logNeverReached
            let bound = -32 * run.logSuccess.reduce(0) { $0 + exp($1) / (1 - exp($1)) }
            // Σ_{k≥150000} p_k in log space until the terms fall 10⁻²⁰ below the sum.
            var logTail = -Double.infinity, k = 150_000.0
            while true {
                let term = StartStateExample.logSuccessProbability(variance: 1 / (10 + 0.128 * k))
                logTail = max(logTail, term) + Special.log1p(exp(-abs(logTail - term)))
                if term < logTail - 46 { break }
                k += 1
            }
            let scale = StartStateExample.goalProduct(variance: 1 / (10 + 0.128 * 150_000)).scale
            let integral = try Quadrature.integrate({ x in
                5 * scale * exp(-(0.00256 * x + 10.2)) / (2 * Double.pi * (0.128 * x + 510)).squareRoot()
            }, fromLowerBound: 149_999)
            let logClosed = log(5 * scale) - 10.2 - 0.5 * log(1020 * Double.pi) - 0.00256 * 149_999 - log(0.00256)
            let logTol = { (a: Double) in Tolerance.roundoff(scale: abs(a), operations: 16, what: "a log-space value") }
            return Evaluation(
                measurements: [
                    Measurement("(15): ln ∏(1−p_k)^{32} ≥ −32Σ p_k/(1−p_k)", lhs: logProduct, .greaterOrEqual, rhs: bound,
                                tolerance: .roundoff(scale: abs(bound), operations: 4 * run.logSuccess.count, what: "two sums over the run")),
                    Measurement("(16): ln Σ_{k≥150000} p_k ≤ ln ∫ (Mills bound)", lhs: logTail, .lessOrEqual, rhs: log(integral.value),
                                tolerance: logTol(logTail) + Tolerance(integral.absoluteError / integral.value, "QAGIU relative error estimate")),
                    Measurement("(16): ln ∫ (Mills bound) ≤ ln (closed form)", lhs: log(integral.value), .lessOrEqual, rhs: logClosed,
                                tolerance: logTol(logClosed) + Tolerance(integral.absoluteError / integral.value, "QAGIU relative error estimate")),
                    Measurement("(16): ln (closed form) ≤ ln 10⁻¹⁰⁰", lhs: logClosed, .lessOrEqual, rhs: -100 * log(10.0), tolerance: logTol(logClosed)),
                ],
                quantities: [NamedValue("log₁₀ Σ_{k≥150000} p_k", logTail / log(10.0)), NamedValue("log₁₀ ∫ Mills bound", log10(integral.value)),
                             NamedValue("log₁₀ closed-form bound", logClosed / log(10.0)), NamedValue("C' at k = 150000", scale),
                             NamedValue("ln ∏(1−p_k)^{32} (run)", logProduct), NamedValue("−32Σ p/(1−p) (run)", bound)])
        },
        defaultInstances: 1)
}
