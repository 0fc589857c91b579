import Foundation

extension DDPLClaims {
    /// ddpl, Lemma B.5 proof, eqs. (64)–(67), as printed: the Poincaré bound on Var[𝓘 | x_1] (the
    /// conditional X_0|x_1 is (α/β − c₂)-strongly log-concave), its combination with Tweedie (66), and
    /// the final constant (67) = A. Closed forms (d = 1).
    static let lemmaB5Step4 = Claim(
        id: "ddpl.lemB.5/step4", paper: .ddpl, source: "Lemma B.5 proof (App. B.2.2), Steps 2–3, eqs. (64)–(67)",
        statement: "tr(Var_{x_0~X_0|x_1}[𝓘]) ≤ (1/(α/β − c_2)) Σ_i E‖∇[s_0*(x_0) + (1/σ² − α/β)x_0]_i‖² ≤ (2d/(α/β − c_2))(c_2² + (1/σ² − α/β)²) (65); E_{x_0|x_1}‖𝓘‖² ≤ (β²/(σ⁴α))‖s_1*(x_1) − s_1(x_1)‖² + (2βd/(α − c_2β))(c_2² + (1/σ² − α/β)²) (66); hence D_TV² ≤ (β²/(2σ²α))E‖s_1* − s_1‖² + (σ²βd/(α − c_2β))(c_2² + (1/σ² − α/β)²) + 2D_TV²(X_1‖Y_1) (67).",
        hypotheses: "as ddpl.lemB.5 (d = 1, Gaussian); (66) averaged over x_1 ~ X_1",
        kind: .upperBound,
        check: ClaimCheck(family: oneStepFamily) { x in
            let d = try oneStep(x)
            let r = 1 / d.sigma2 - d.alpha / d.beta
            let poincare = 2 * (d.c2 * d.c2 + r * r) / (d.alpha / d.beta - d.c2)
            let gradient = (d.integrandCoefficients.x0) * (d.integrandCoefficients.x0) / (d.alpha / d.beta - d.c2)
            let bound66 = d.beta * d.beta / (d.sigma2 * d.sigma2 * d.alpha) * d.scoreError + 2 * d.beta * (d.c2 * d.c2 + r * r) / (d.alpha - d.c2 * d.beta)
            let constant67 = d.beta * d.beta / (2 * d.sigma2 * d.alpha) * d.scoreError + d.sigma2 * d.beta / (d.alpha - d.c2 * d.beta) * (d.c2 * d.c2 + r * r)
            let tol = { (v: Double) in Tolerance.roundoff(scale: max(abs(v), 1), operations: 32, what: "the closed forms") }
            return Evaluation(
                measurements: [
                    Measurement("(65) Var ≤ Poincaré", lhs: d.conditionalVarianceOfIntegrand, .lessOrEqual, rhs: gradient, tolerance: tol(gradient)),
                    Measurement("(65) Poincaré ≤ 2(c₂² + r²)/(α/β − c₂)", lhs: gradient, .lessOrEqual, rhs: poincare, tolerance: tol(poincare)),
                    Measurement("(66) averaged", lhs: d.expectedSquaredIntegrand, .lessOrEqual, rhs: bound66, tolerance: tol(bound66)),
                    Measurement("(67) constant = A of (49)", lhs: constant67, .equal, rhs: d.a, tolerance: tol(d.a)),
                ],
                quantities: oneStepQuantities(d) + [NamedValue("Var[𝓘|x_1]", d.conditionalVarianceOfIntegrand), NamedValue("E‖𝓘‖²", d.expectedSquaredIntegrand)])
        },
        defaultInstances: 32)
}
