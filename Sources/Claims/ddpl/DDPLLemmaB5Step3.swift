import Foundation

extension DDPLClaims {
    /// ddpl, Lemma B.5 proof, Step 2, eqs. (60)–(63), as printed: Tweedie's identity gives the conditional
    /// mean of 𝓘. Checked at x_1 = E X_1 + j·sd(X_1), j = −3…3, in closed form.
    static let lemmaB5Step3 = Claim(
        id: "ddpl.lemB.5/step3", paper: .ddpl, source: "Lemma B.5 proof (App. B.2.2), Step 2, eqs. (60)–(63)",
        statement: "E_{x_0~X_0|x_1}[𝓘] = E[(1/σ²)(x_0 − x_1/√α) − (β/(σ²√α)) s_1(x_1)] = (1/σ²)((x_1 + β s_1*(x_1))/√α − x_1/√α) − (β/(σ²√α)) s_1(x_1) = (β/(σ²√α))(s_1*(x_1) − s_1(x_1)) (63).",
        hypotheses: "as ddpl.lemB.5 (d = 1, Gaussian); seven points x_1",
        kind: .identity,
        check: ClaimCheck(family: oneStepFamily) { x in
            let d = try oneStep(x)
            let f = d.beta / (d.sigma2 * d.alpha.squareRoot())
            let measurements = (-3...3).map { j -> Measurement in
                let x1 = d.meanX1 + Double(j) * d.varianceX1.squareRoot()
                let lhs = d.conditionalMeanOfIntegrand(at: x1), rhs = -f * (d.e0 + d.e1 * x1)
                let k = d.integrandCoefficients
                let scale = abs(k.x0) * (abs(d.conditionalSlope * x1) + abs(d.conditionalIntercept)) + abs(k.x1 * x1) + abs(k.constant)
                return Measurement("x_1 = E X_1 + \(j)sd", lhs: lhs, .equal, rhs: rhs, tolerance: .roundoff(scale: scale, operations: 16, what: "the affine coefficients"))
            }
            return Evaluation(measurements: measurements, quantities: oneStepQuantities(d))
        },
        defaultInstances: 32)
}
