import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Theorem 3.1 proof, eq. (17), as printed, with the proof's substitution σ_k² = 1/(10 + 0.128k)
    /// (the largest variance eq. 11 allows; the head sum "evaluated numerically" in the paper is
    /// recomputed here). Measured: the printed expression
    /// exp(−32 Σ_{k<150000} p_k/(1−p_k)) · exp(−(32/0.9999) Σ_{k≥150000} p_k), the exact product
    /// ∏(1−p_k)^{32}, and 1 − p_k ≥ 0.9999 on the tail.
    static let theorem31Step9 = Claim(
        id: "ddpl.thm3.1/step9", paper: .ddpl, source: "Theorem 3.1 proof (App. A), Step 4, eq. (17)",
        statement: "p̄_∞ ≥ exp(−32 Σ_{k=0}^{149999} p_k/(1 − p_k)) exp(−(32/0.9999) Σ_{k=150000}^∞ p_k) ≥ 0.55.",
        reading: "p_k evaluated at the worst-case variances σ_k² = 1/(10 + 0.128k) the proof substitutes",
        hypotheses: "M_sa constants, B = 32, σ_k² = 1/(10 + 0.128k), every epoch until p_k underflows",
        kind: .lowerBound,
        check: ClaimCheck(family: .fixed("the proof's worst-case variance sequence", ClaimInstance())) { _ in
            // Every epoch until p_k underflows (k ≈ 4·10⁵); its remainder is below 10⁻²⁹⁰.
            let run = try GaussianProjectedRun(.worstCase, cutoff: 1e-300, maxEpochs: 1_000_000)
            let p = run.logSuccess.map(exp)
            let head = p.prefix(150_000).reduce(0) { $0 + $1 / (1 - $1) }
            let tail = p.dropFirst(150_000).reduce(0, +) + run.tailBound
            let logProduct = run.logNeverReached
            let pTail = StartStateExample.successProbability(variance: 1 / (10 + 0.128 * 150_000))
            let printed = exp(-32 * head) * exp(-32 / 0.9999 * tail)
            let rounding = Tolerance.roundoff(scale: 32 * head, operations: 150_000, what: "the 150000-term head sum")
            return Evaluation(
                measurements: [
                    Measurement("printed expression ≥ 0.55", lhs: printed, .greaterOrEqual, rhs: 0.55, tolerance: rounding, trivialBound: 0),
                    Measurement("∏(1−p_k)^{32} ≥ 0.55", lhs: exp(logProduct), .greaterOrEqual, rhs: 0.55, tolerance: rounding, trivialBound: 0),
                    Measurement("1 − p_k ≥ 0.9999 for k ≥ 150000", lhs: 1 - pTail, .greaterOrEqual, rhs: 0.9999, tolerance: .exact),
                ],
                quantities: [NamedValue("Σ_{k<150000} p_k/(1−p_k)", head), NamedValue("Σ_{k≥150000} p_k", tail),
                             NamedValue("printed expression", printed), NamedValue("∏(1−p_k)^{32}", exp(logProduct)),
                             NamedValue("P(reach s1) at the worst case", 1 - exp(logProduct))])
        },
        defaultInstances: 1)
}
