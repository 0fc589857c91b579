extension MAPPOClaims {
    /// mappo, Lemma B.6 proof, last line: Pinsker's inequality KL(π_{θ_{k+1}}‖π_{θ_k}) ≥ ½‖·‖₁².
    static let lemmaB6Step4 = Claim(
        id: "mappo.lemB.6/step4", paper: .mappo, source: "Lemma B.6 proof, Pinsker's inequality",
        statement: "KL(π_{θ_{k+1}^m}‖π_{θ_k^m}) ≥ ½‖π_{θ_{k+1}^m} − π_{θ_k^m}‖₁².",
        hypotheses: "As mappo.lemB.6; every agent and row.",
        kind: .lowerBound,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            let ms = try setup.step.rowMeasurements(.greaterOrEqual, what: "KL and ℓ1 sums") { let t = try $0.pinsker(); return (t.kl, t.bound) }
            return Evaluation(measurements: ms)
        })
}
