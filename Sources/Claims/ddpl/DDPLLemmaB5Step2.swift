import Foundation

extension DDPLClaims {
    /// ddpl, Lemma B.5 proof, eqs. (54)–(57), as printed: the log-Sobolev inequality for the
    /// σ⁻²-strongly log-concave Gaussian X̃_0|x_1, averaged over x_1; both sides in closed form.
    static let lemmaB5Step2 = Claim(
        id: "ddpl.lemB.5/step2", paper: .ddpl, source: "Lemma B.5 proof (App. B.2.2), Step 1, eqs. (54)–(57)",
        statement: "D_KL(X_0|x_1 ‖ X̃_0|x_1) ≤ (σ²/2) E_{x_0~X_0|x_1} ‖∇ log P_{X_0|x_1}(x_0) − ∇ log P_{X̃_0|x_1}(x_0)‖² = (σ²/2) E‖𝓘‖² with 𝓘 = s_0*(x_0) − (β/(σ²√α)) s_1(x_1) + (1/σ² − α/β)(x_0 − x_1/√α) (54)–(56); so E_{X_1}[D_KL(·)] ≤ (σ²/2) E_{x_1}E_{x_0|x_1}‖𝓘‖² (57).",
        hypotheses: "as ddpl.lemB.5 (d = 1, Gaussian)",
        kind: .upperBound,
        check: ClaimCheck(family: oneStepFamily) { x in
            let d = try oneStep(x)
            let lhs = d.expectedConditionalKL, rhs = d.sigma2 / 2 * d.expectedSquaredIntegrand
            return Evaluation(
                measurements: [Measurement("(57)", lhs: lhs, .lessOrEqual, rhs: rhs,
                                           tolerance: .roundoff(scale: max(lhs, rhs, 1), operations: 64, what: "the closed forms"))],
                quantities: oneStepQuantities(d) + [NamedValue("E KL(cond)", lhs), NamedValue("(σ²/2)E‖𝓘‖²", rhs)])
        },
        defaultInstances: 32)
}
