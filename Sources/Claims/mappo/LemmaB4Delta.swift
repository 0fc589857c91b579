extension MAPPOClaims {
    /// mappo, Lemma B.4, second reading: right side δ_k^m itself.
    static let lemmaB4Delta = Claim(
        id: "mappo.lemB.4.delta", paper: .mappo, source: "Lemma B.4 (App. B), eqs. (7)–(8)",
        statement: lemmaB4Statement,
        reading: "right side δ_k^m = 2φ_k^{m−1}ε_k^m (the garbled right side read without the factor ½)",
        hypotheses: "As mappo.lemB.4.",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family(actions: 2...4)) { x in
            let setup = try OneStepSetup(x)
            return Evaluation(measurements: lemmaB4Measurements(setup, fractionOfDelta: 1))
        })
}
