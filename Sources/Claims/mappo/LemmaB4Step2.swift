extension MAPPOClaims {
    /// mappo, Lemma B.4 proof, change of measure and Cauchy–Schwarz as printed: the σ*-average of
    /// Σ_{a^m}|g| is bounded by ‖g‖_{2,σ_k}·‖d(ν*π*^{1:m−1})/d(ν_kπ_k^{1:m−1})‖_{2,σ_k} = ε_k^m φ_k^{m−1}.
    static let lemmaB4Step2 = Claim(
        id: "mappo.lemB.4/step2", paper: .mappo, source: "Lemma B.4 proof, change of measure and Cauchy–Schwarz",
        statement: "Σ_{a^m} E_{(s,a^{1:m−1})~ν*π*^{1:m−1}} |(θ_{k+1}^m − θ_k^m)ᵀϕ − β_k⁻¹Q̂| ≤ [E_{σ_k}((θ_{k+1}^m − θ_k^m)ᵀϕ − β_k⁻¹Q̂)²]^{1/2} · [E_{σ_k}(d(ν*π*^{1:m−1})/d(ν_kπ_{θ_k}^{1:m−1}))²]^{1/2} = ε_k^m φ_k^{m−1}.",
        hypotheses: "As mappo.lemB.4.",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family(actions: 2...4)) { x in
            let setup = try OneStepSetup(x)
            return Evaluation(measurements: setup.step.agents.map { agent in
                let t = ResidualSupNorm(agent)
                return Measurement("m=\(agent.m)", lhs: t.sumAverage, .lessOrEqual, rhs: agent.epsilon * agent.phiPrevious,
                                   tolerance: StepTolerance.weighted(setup.step, agent, scale: t.scale, count: agent.q.count, what: "the σ*-average of Σ|g|"))
            }, quantities: setup.step.agents.map { NamedValue("min π_k^\($0.m)", $0.current.min()!) })
        })
}
