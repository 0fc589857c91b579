import Foundation

extension DDPLClaims {
    /// ddpl, Theorem 4.1 proof, Step 1, eq. (28), as printed (Cauchy–Schwarz, then Lemma B.3), for an affine
    /// score field at the edge of linear growth; expectations under p̃ by QAGP.
    static let theorem41Step2 = Claim(
        id: "ddpl.thm4.1/step2", paper: .ddpl, source: "Theorem 4.1 proof (App. B.2), Step 1, eq. (28)",
        statement: "E_{a~p̃}(‖f^θ̃(a) − E f^θ̃(a)‖²) ≤ E_{a~p̃}(‖f^θ̃(a)‖²) ≤ √(E_{a~p̃}(w(a)⁴)) √(E_{a~p̃}(l^θ̃(a)⁴)) ≤ κ_1² √(E_{a~p̃}(w(a)⁴)) (28).",
        hypotheses: "d = 1; see family (schedule (24), c', c'' ≥ 1)",
        kind: .upperBound,
        check: ClaimCheck(family: issmScheduleFamily) { x in
            let p = try ISSMStep(x)
            let z = p.normalizer, t = p.target, l = p.loss
            let mean = try t.proposalExpectation { t.weight($0, normalizer: z) * l($0) }
            let second = try t.proposalExpectation { pow(t.weight($0, normalizer: z) * l($0), 2) }
            let lossFourth = try t.proposalExpectation { pow(l($0), 4) }
            let variance = second.value - mean.value * mean.value
            let cauchy = p.fourthMoment.value.squareRoot() * lossFourth.value.squareRoot()
            let final = p.kappa1 * p.kappa1 * p.fourthMoment.value.squareRoot()
            let quad = Tolerance(second.absoluteError + 2 * mean.value * mean.absoluteError, "QAGP errors")
            return Evaluation(
                measurements: [
                    Measurement("Var f ≤ E f²", lhs: variance, .lessOrEqual, rhs: second.value, tolerance: quad),
                    Measurement("E f² ≤ √E w⁴ √E l⁴", lhs: second.value, .lessOrEqual, rhs: cauchy,
                                tolerance: quad + Tolerance(cauchy * (p.fourthMoment.absoluteError / p.fourthMoment.value + lossFourth.absoluteError / lossFourth.value), "QAGP errors")),
                    Measurement("√E w⁴ √E l⁴ ≤ κ₁² √E w⁴", lhs: cauchy, .lessOrEqual, rhs: final, tolerance: .roundoff(scale: final, operations: 16, what: "the products")),
                ],
                quantities: p.quantities + [NamedValue("E_p̃ f²", second.value), NamedValue("E_p̃ l⁴", lossFourth.value)])
        })
}
