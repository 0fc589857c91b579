extension MAPPOClaims {
    /// mappo, Lemma B.6 proof, eq. (12): the normalisers of the log-linear policies cancel.
    static let lemmaB6Step2 = Claim(
        id: "mappo.lemB.6/step2", paper: .mappo, source: "Lemma B.6 proof, eq. (12)",
        statement: "⟨log(π_{θ_{k+1}^m}/π_{θ_k^m}), π_{θ_k^m} − π_{θ_{k+1}^m}⟩ = ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ, π_{θ_k^m} − π_{θ_{k+1}^m}⟩.",
        hypotheses: "As mappo.lemB.6; every agent and row.",
        kind: .identity,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            let ms = setup.step.rowMeasurements(.equal, what: "log-ratio and score sums") { $0.updateIdentity }
            return Evaluation(measurements: ms)
        })
}
