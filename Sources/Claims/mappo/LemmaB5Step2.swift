extension MAPPOClaims {
    /// mappo, Lemma B.5 proof, bound on (a): change of measure to σ_k, Cauchy–Schwarz and
    /// ‖f − g‖_{2,σ} ≤ √2(‖f‖_{2,σ} + ‖g‖_{2,σ}).
    static let lemmaB5Step2 = Claim(
        id: "mappo.lemB.5/step2", paper: .mappo, source: "Lemma B.5 proof, term (a)",
        statement: "|E_{s~ν*} E_{a^{1:m−1}~π*} ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ − β_k⁻¹Q̂^{1:m}, π*^m − π_{θ_k^m}⟩| ≤ √2(φ_k^m + φ_k^{m−1})ε_k^m.",
        hypotheses: "As mappo.lemB.5; one measurement per agent.",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            return Evaluation(measurements: lemmaB5TermMeasurements(setup, part: \.projectionPart, error: \.epsilon, perBeta: false, what: "term (a)"))
        })
}
