extension MAPPOClaims {
    /// mappo, Lemma B.5 proof, first display: the normalisers cancel against π* − π_{θ_k}, so the
    /// average splits into the projection part (a) and the critic part (b).
    static let lemmaB5Step1 = Claim(
        id: "mappo.lemB.5/step1", paper: .mappo, source: "Lemma B.5 proof, eqs. (9)–(10) substituted",
        statement: "⟨log π_{θ_{k+1}^m} − log π_{k+1}^m, π*^m − π_{θ_k^m}⟩ = ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ − β_k⁻¹Q̂^{1:m}, π*^m − π_{θ_k^m}⟩ + ⟨β_k⁻¹Q̂^{1:m} − β_k⁻¹Q^{1:m}, π*^m − π_{θ_k^m}⟩, averaged over (s,a^{1:m−1}) ~ ν*π*^{1:m−1}: total = (a) + (b).",
        hypotheses: "As mappo.lemB.5; one measurement per agent.",
        kind: .identity,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            return Evaluation(measurements: setup.step.agents.map { agent in
                let t = ErrorPropagationTerms(agent)
                return Measurement("m=\(agent.m)", lhs: t.total, .equal, rhs: t.projectionPart + t.criticPart,
                                   tolerance: StepTolerance.weighted(setup.step, agent, scale: t.scale, count: agent.q.count, what: "the σ*-averages"))
            })
        })
}
