extension MAPPOClaims {
    /// mappo, Lemma B.5 (error propagation), as printed: if E_{σ_k}[((θ_{k+1}^m − θ_k^m)ᵀϕ − β_k⁻¹Q̂^{1:m})²] ≤ (ε_k^m)²
    /// and E_{σ_k}[(Q̂^{1:m} − Q^{1:m})²] ≤ (ε'^m_k)², then
    /// |E_{s~ν*} E_{a^{1:m−1}~π*} ⟨log(π_{θ_{k+1}^m}/π_{k+1}^m), π*^m − π_{θ_k^m}⟩| ≤ Δ_k^m = √2(φ_k^m + φ_k^{m−1})(ε_k^m + ε'^m_k/β_k).
    /// ε, ε' are the smallest values the hypotheses allow (the exact σ_k-weighted norms); φ from Def. 4.4.
    static let lemmaB5 = Claim(
        id: "mappo.lemB.5", paper: .mappo, source: "Lemma B.5 (App. B), error propagation",
        statement: "Suppose for any agent m and (s,a^{1:m−1}) the policy improvement and evaluation errors satisfy E_{σ_k}[((θ_{k+1}^m − θ_k^m)ᵀϕ − β_k⁻¹Q̂_{π_{θ_k}}^{1:m})²] ≤ (ε_k^m)² and E_{σ_k}[(Q̂_{π_{θ_k}}^{1:m} − Q_{π_{θ_k}}^{1:m})²] ≤ (ε'^m_k)². Then |E_{s~ν*} E_{a^{1:m−1}~π*} ⟨log(π_{θ_{k+1}^m}(·|s,a^{1:m−1})/π_{k+1}^m(·|s,a^{1:m−1})), π*^m(·|s,a^{1:m−1}) − π_{θ_k^m}(·|s,a^{1:m−1})⟩| ≤ Δ_k^m, where Δ_k^m = √2(φ_k^m + φ_k^{m−1})(ε_k^m + ε'^m_k/β_k).",
        hypotheses: "One Alg. 1 step (OneStepSetup); ε_k^m, ε'^m_k the exact σ_k-weighted L2 errors; φ_k^m, φ_k^{m−1} of Def. 4.4 from the exact stationary laws of π_{θ_k} and π*; one measurement per agent m.",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            var ms: [Measurement] = [], qs: [NamedValue] = []
            for agent in setup.step.agents {
                let t = ErrorPropagationTerms(agent)
                ms.append(Measurement("m=\(agent.m)", lhs: abs(t.total), .lessOrEqual, rhs: agent.bigDelta,
                                      tolerance: StepTolerance.weighted(setup.step, agent, scale: t.scale, count: agent.q.count, what: "the σ*-average")))
                qs += [NamedValue("ε_k^\(agent.m)", agent.epsilon), NamedValue("ε'_k^\(agent.m)", agent.epsilonPrime),
                       NamedValue("φ_k^\(agent.m)", agent.phi), NamedValue("φ_k^\(agent.m - 1)", agent.phiPrevious),
                       NamedValue("Δ_k^\(agent.m)", agent.bigDelta)]
            }
            return Evaluation(measurements: ms, quantities: qs + [NamedValue("β_k", setup.beta)])
        })
}
