extension MAPPOClaims {
    /// mappo, Lemma B.5 proof, bound on (b), the same argument with the critic error.
    static let lemmaB5Step3 = Claim(
        id: "mappo.lemB.5/step3", paper: .mappo, source: "Lemma B.5 proof, term (b)",
        statement: "|E_{s~ν*} E_{a^{1:m−1}~π*} ⟨β_k⁻¹Q̂^{1:m} − β_k⁻¹Q^{1:m}, π*^m − π_{θ_k^m}⟩| ≤ √2(φ_k^m + φ_k^{m−1})ε'^m_k/β_k.",
        hypotheses: "As mappo.lemB.5; one measurement per agent.",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            return Evaluation(measurements: lemmaB5TermMeasurements(setup, part: \.criticPart, error: \.epsilonPrime, perBeta: true, what: "term (b)"))
        })
}
