import Foundation

extension DDPLClaims {
    /// ddpl, Theorem 4.1 proof, Step 1, eq. (27), as printed, for an affine score field at the edge of the
    /// linear-growth condition; max over a grid of 401 points of A (a lower estimate of the maximum).
    static let theorem41Step1 = Claim(
        id: "ddpl.thm4.1/step1", paper: .ddpl, source: "Theorem 4.1 proof (App. B.2), Step 1, eq. (27)",
        statement: "‖f^θ̃(a) − E f^θ̃(a)‖ ≤ max_{a∈Ā} ‖f^θ̃(a)‖ ≤ c_w max_{a∈Ā} ‖l^θ̃(a)‖ ≤ 3(c' + c'')c_2²(1 + c_b + 2√d)² log H · c_w = κ_1 c_w (27).",
        hypotheses: "d = 1; see family (schedule (24), c', c'' ≥ 1)",
        kind: .upperBound,
        check: ClaimCheck(family: issmScheduleFamily) { x in
            let p = try ISSMStep(x)
            let points = (0...400).map { -p.target.bound + 2 * p.target.bound * Double($0) / 400 }
            let f = points.map { p.target.weight($0, normalizer: p.normalizer) * p.loss($0) }
            let mean = try p.target.proposalExpectation { p.target.weight($0, normalizer: p.normalizer) * p.loss($0) }
            let largestLoss = points.map(p.loss).max()!
            let deviation = f.map { abs($0 - mean.value) }.max()!
            let tol = Tolerance.roundoff(scale: p.kappa1 * p.cw, operations: 16 * p.schedule.horizon, what: "l^θ and the weights")
            return Evaluation(
                measurements: [
                    Measurement("|f − E f| ≤ max f", lhs: deviation, .lessOrEqual, rhs: f.max()!, tolerance: tol + Tolerance(mean.absoluteError, "QAGP error")),
                    Measurement("max f ≤ c_w max l", lhs: f.max()!, .lessOrEqual, rhs: p.cw * largestLoss, tolerance: tol),
                    Measurement("c_w max l ≤ κ₁ c_w", lhs: p.cw * largestLoss, .lessOrEqual, rhs: p.kappa1 * p.cw, tolerance: tol),
                ],
                quantities: p.quantities + [NamedValue("max_a l^θ(a)", largestLoss)])
        })
}
