extension MAPPOClaims {
    static let lemmaB4Statement = "Suppose for any agent m ∈ N the policy improvement error and the policy evaluation error satisfy (7) E_{σ_k}[((θ_{k+1}^m)ᵀϕ(s,a^{1:m−1},a^m) − (β_k⁻¹Q̂_{π_{θ_k}}^{1:m}(s,a^{1:m−1},a^m) + (θ_k^m)ᵀϕ(s,a^{1:m−1},a^m)))²] ≤ (ε_k^m)² and (8) E_{σ_k}[(Q̂_{π_{θ_k}}^{1:m} − Q_{π_{θ_k}}^{1:m})²] ≤ (ε'^m_k)². Considering the L∞-norm of (θ_{k+1}^m − θ_k^m)ᵀϕ − β_k⁻¹Q̂, we have E_{σ*}[‖(θ_{k+1}^m − θ_k^m)ᵀϕ(s,a^{1:m−1},·) − β_k⁻¹Q̂_{π_{θ_k}}^{1:m}(s,a^{1:m−1},·)‖_∞] ≤ δ_k^m/2, where δ_k^m = 2φ_k^{m−1}ε_k^m."

    /// mappo, Lemma B.4, as printed (OCR-repaired: "L∞-norm", right side δ_k^m/2 with
    /// δ_k^m = 2φ_k^{m−1}ε_k^m, the form its use in Thm. 4.5 needs). Left side: the ν*π*^{1:m−1}-average of
    /// max_{a^m}|g| exactly; right side ε_k^m φ_k^{m−1} with ε_k^m the exact σ_k-norm of g.
    static let lemmaB4 = Claim(
        id: "mappo.lemB.4", paper: .mappo, source: "Lemma B.4 (App. B), eqs. (7)–(8)",
        statement: lemmaB4Statement,
        reading: "right side δ_k^m/2 = φ_k^{m−1}ε_k^m (the printed right side is garbled; δ/2 is what Thm. 4.5's proof uses with ‖π_k − π_{k+1}‖₁ ≤ 2)",
        hypotheses: "One Alg. 1 step (OneStepSetup) with |A| ∈ 2…4; ε_k^m = ‖g‖_{2,σ_k} (the smallest value (7) allows); φ_k^{m−1} of Def. 4.4; one measurement per agent.",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family(actions: 2...4)) { x in
            let setup = try OneStepSetup(x)
            var ms: [Measurement] = [], qs: [NamedValue] = []
            for agent in setup.step.agents {
                let t = ResidualSupNorm(agent)
                ms.append(Measurement("m=\(agent.m)", lhs: t.supAverage, .lessOrEqual, rhs: agent.smallDelta / 2,
                                      tolerance: StepTolerance.weighted(setup.step, agent, scale: t.scale, count: agent.q.count, what: "the σ*-average of max|g|")))
                qs += [NamedValue("ε_k^\(agent.m)", agent.epsilon), NamedValue("φ_k^\(agent.m - 1)", agent.phiPrevious),
                       NamedValue("δ_k^\(agent.m)", agent.smallDelta), NamedValue("min π_k^\(agent.m)", agent.current.min()!)]
            }
            return Evaluation(measurements: ms, quantities: qs)
        })

    /// mappo, Lemma B.4, second reading: right side δ_k^m itself.
    static let lemmaB4Delta = Claim(
        id: "mappo.lemB.4.delta", paper: .mappo, source: "Lemma B.4 (App. B), eqs. (7)–(8)",
        statement: lemmaB4Statement,
        reading: "right side δ_k^m = 2φ_k^{m−1}ε_k^m (the garbled right side read without the factor ½)",
        hypotheses: "As mappo.lemB.4.",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family(actions: 2...4)) { x in
            let setup = try OneStepSetup(x)
            return Evaluation(measurements: setup.step.agents.map { agent in
                let t = ResidualSupNorm(agent)
                return Measurement("m=\(agent.m)", lhs: t.supAverage, .lessOrEqual, rhs: agent.smallDelta,
                                   tolerance: StepTolerance.weighted(setup.step, agent, scale: t.scale, count: agent.q.count, what: "the σ*-average of max|g|"))
            })
        })

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
