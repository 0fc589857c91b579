extension MAPPOClaims {
    /// mappo, Lemma B.6 proof, eq. (11): the three-point identity.
    static let lemmaB6Step1 = Claim(
        id: "mappo.lemB.6/step1", paper: .mappo, source: "Lemma B.6 proof, eq. (11)",
        statement: "KL(π*^m‖π_{θ_k^m}) − KL(π*^m‖π_{θ_{k+1}^m}) = ⟨log(π_{θ_{k+1}^m}/π_{θ_k^m}), π*^m − π_{θ_{k+1}^m}⟩ + KL(π_{θ_{k+1}^m}‖π_{θ_k^m}).",
        hypotheses: "As mappo.lemB.6; every agent and row.",
        kind: .identity,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            let ms = try setup.step.rowMeasurements(.equal, what: "KL and log-ratio sums") { try $0.threePoint() }
            return Evaluation(measurements: ms)
        })
}
