extension MAPPOClaims {
    /// mappo, Lemma B.4 proof, first line: the max over a^m is at most the sum over a^m.
    static let lemmaB4Step1 = Claim(
        id: "mappo.lemB.4/step1", paper: .mappo, source: "Lemma B.4 proof, first line",
        statement: "E_{σ*}[‖(θ_{k+1}^m − θ_k^m)ᵀϕ(s,a^{1:m−1},·) − β_k⁻¹Q̂(s,a^{1:m−1},·)‖_∞] ≤ Σ_{a^m} E_{(s,a^{1:m−1})~ν*π*^{1:m−1}} |(θ_{k+1}^m − θ_k^m)ᵀϕ(s,a^{1:m−1},a^m) − β_k⁻¹Q̂(s,a^{1:m−1},a^m)|.",
        hypotheses: "As mappo.lemB.4.",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family(actions: 2...4)) { x in
            let setup = try OneStepSetup(x)
            return Evaluation(measurements: setup.step.agents.map { agent in
                let t = ResidualSupNorm(agent)
                return Measurement("m=\(agent.m)", lhs: t.supAverage, .lessOrEqual, rhs: t.sumAverage,
                                   tolerance: StepTolerance.weighted(setup.step, agent, scale: t.scale, count: agent.q.count, what: "the σ*-averages"))
            })
        })
}
