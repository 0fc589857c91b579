extension MAPPOClaims {
    /// mappo, Lemma B.6 proof, eq. (13): the ideal update's log-ratio is β⁻¹Q up to a constant.
    static let lemmaB6Step3 = Claim(
        id: "mappo.lemB.6/step3", paper: .mappo, source: "Lemma B.6 proof, eq. (13)",
        statement: "⟨β_k⁻¹Q_{π_{θ_k}}^{1:m}, π*^m − π_{θ_k^m}⟩ = ⟨log(π_{k+1}^m/π_{θ_k^m}), π*^m − π_{θ_k^m}⟩.",
        hypotheses: "As mappo.lemB.6; every agent and row; π_{k+1}^m ∝ exp(β_k⁻¹Q^{1:m} + ϕᵀθ_k^m) with the exact Q.",
        kind: .identity,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            let ms = setup.step.rowMeasurements(.equal, what: "Q and log-ratio sums") { $0.idealIdentity }
            return Evaluation(measurements: ms)
        })
}
