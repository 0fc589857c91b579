extension MAPPOClaims {
    /// mappo, Lemma B.4, as printed (OCR-repaired: "L∞-norm", right side δ_k^m/2 with
    /// δ_k^m = 2φ_k^{m−1}ε_k^m, the form its use in Thm. 4.5 needs). Left side: the ν*π*^{1:m−1}-average of
    /// max_{a^m}|g| exactly; right side ε_k^m φ_k^{m−1} with ε_k^m the exact σ_k-norm of g.
    static let lemmaB4 = Claim(
        id: "mappo.lemB.4", paper: .mappo, source: "Lemma B.4 (App. B), eqs. (7)–(8)",
        statement: lemmaB4Statement,
        reading: "right side δ_k^m/2 = φ_k^{m−1}ε_k^m (the printed right side is garbled; δ/2 is what Thm. 4.5's proof uses with ‖π_k − π_{k+1}‖₁ ≤ 2)",
        hypotheses: "One Alg. 1 step (OneStepSetup) with |A| ∈ 2…4; ε_k^m = ‖g‖_{2,σ_k} (the smallest value (7) allows); φ_k^{m−1} of Def. 4.4; one measurement per agent.",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family(actions: 2...4)) { x in
            let setup = try OneStepSetup(x)
            let qs = setup.step.agents.flatMap { agent in
                [NamedValue("ε_k^\(agent.m)", agent.epsilon), NamedValue("φ_k^\(agent.m - 1)", agent.phiPrevious),
                 NamedValue("δ_k^\(agent.m)", agent.smallDelta), NamedValue("min π_k^\(agent.m)", agent.current.min()!)]
            }
            return Evaluation(measurements: lemmaB4Measurements(setup, fractionOfDelta: 0.5), quantities: qs)
        })
}
