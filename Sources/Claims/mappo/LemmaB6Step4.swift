extension MAPPOClaims {
    /// mappo, Lemma B.6 proof, last line: Pinsker's inequality KL(π_{θ_{k+1}}‖π_{θ_k}) ≥ ½‖·‖₁².
    static let lemmaB6Step4 = Claim(
        id: "mappo.lemB.6/step4", paper: .mappo, source: "Lemma B.6 proof, Pinsker's inequality",
        statement: "KL(π_{θ_{k+1}^m}‖π_{θ_k^m}) ≥ ½‖π_{θ_{k+1}^m} − π_{θ_k^m}‖₁².",
        hypotheses: "As mappo.lemB.6; every agent and row.",
        kind: .lowerBound,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            var ms: [Measurement] = []
            for agent in setup.step.agents {
                for (row, terms) in agent.rows.enumerated() {
                    let (kl, bound) = try terms.pinsker()
                    ms.append(Measurement("m=\(agent.m) row=\(row)", lhs: kl, .greaterOrEqual, rhs: bound,
                                          tolerance: StepTolerance.pointwise(agent, scale: terms.scale, qError: 0, what: "KL and ℓ1 sums")))
                }
            }
            return Evaluation(measurements: ms)
        })
}
