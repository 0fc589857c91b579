extension MAPPOClaims {
    /// mappo, Lemma B.6 (one-step descent), as printed: for the ideal update π_{k+1}^m, the real
    /// update π_{θ_{k+1}}^m and the current π_{θ_k}^m, at every (s,a^{1:m−1}),
    /// KL(π*^m‖π_{θ_{k+1}}^m) − KL(π*^m‖π_{θ_k}^m) ≤ ⟨log(π_{θ_{k+1}}^m/π_{k+1}^m), π_{θ_k}^m − π*^m⟩
    ///   − β_k⁻¹⟨A^{1:m}_{π_{θ_k}}, π*^m − π_{θ_k}^m⟩ − ½‖π_{θ_{k+1}}^m − π_{θ_k}^m‖₁² − ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ, π_{θ_k}^m − π_{θ_{k+1}}^m⟩.
    /// Both sides per row, exactly (the advantage is A^m = Q^{1:m} − Q^{1:m−1}; any version differing
    /// by a function of (s,a^{1:m−1}) gives the same inner product).
    static let lemmaB6 = Claim(
        id: "mappo.lemB.6", paper: .mappo, source: "Lemma B.6 (App. B), one-step descent",
        statement: "For the ideal updated policy π_{k+1}^m, the real updated policy π_{θ_{k+1}^m} and the current policy π_{θ_k^m}, for any (s,a^{1:m−1}): KL(π*^m‖π_{θ_{k+1}^m}) − KL(π*^m‖π_{θ_k^m}) ≤ ⟨log(π_{θ_{k+1}^m}/π_{k+1}^m), π_{θ_k^m} − π*^m⟩ − β_k⁻¹⟨A_{π_{θ_k}}^{1:m}(s,a^{1:m−1},·), π*^m − π_{θ_k^m}⟩ − ½‖π_{θ_{k+1}^m} − π_{θ_k^m}‖₁² − ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ(s,a^{1:m−1},·), π_{θ_k^m} − π_{θ_{k+1}^m}⟩.",
        hypotheses: "One Alg. 1 step (OneStepSetup): random cooperative game, log-linear features, θ_k ∈ Θ, noisy critic, θ_{k+1} from Alg. 3; π* optimal deterministic; every agent m and every row (s,a^{1:m−1}).",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            var ms: [Measurement] = []
            for agent in setup.step.agents {
                for (row, terms) in agent.rows.enumerated() {
                    ms.append(Measurement("m=\(agent.m) row=\(row)", lhs: try terms.klChange(), .lessOrEqual, rhs: terms.lemmaBound,
                                          tolerance: StepTolerance.pointwise(agent, scale: terms.scale, qError: setup.step.qError, what: "KL differences and inner products")))
                }
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("β_k", setup.beta), NamedValue("R", setup.radius)])
        })

    /// mappo, Lemma B.6 proof, eq. (11): the three-point identity.
    static let lemmaB6Step1 = Claim(
        id: "mappo.lemB.6/step1", paper: .mappo, source: "Lemma B.6 proof, eq. (11)",
        statement: "KL(π*^m‖π_{θ_k^m}) − KL(π*^m‖π_{θ_{k+1}^m}) = ⟨log(π_{θ_{k+1}^m}/π_{θ_k^m}), π*^m − π_{θ_{k+1}^m}⟩ + KL(π_{θ_{k+1}^m}‖π_{θ_k^m}).",
        hypotheses: "As mappo.lemB.6; every agent and row.",
        kind: .identity,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            var ms: [Measurement] = []
            for agent in setup.step.agents {
                for (row, terms) in agent.rows.enumerated() {
                    let (lhs, rhs) = try terms.threePoint()
                    ms.append(Measurement("m=\(agent.m) row=\(row)", lhs: lhs, .equal, rhs: rhs,
                                          tolerance: StepTolerance.pointwise(agent, scale: terms.scale, qError: 0, what: "KL and log-ratio sums")))
                }
            }
            return Evaluation(measurements: ms)
        })

    /// mappo, Lemma B.6 proof, eq. (12): the normalisers of the log-linear policies cancel.
    static let lemmaB6Step2 = Claim(
        id: "mappo.lemB.6/step2", paper: .mappo, source: "Lemma B.6 proof, eq. (12)",
        statement: "⟨log(π_{θ_{k+1}^m}/π_{θ_k^m}), π_{θ_k^m} − π_{θ_{k+1}^m}⟩ = ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ, π_{θ_k^m} − π_{θ_{k+1}^m}⟩.",
        hypotheses: "As mappo.lemB.6; every agent and row.",
        kind: .identity,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            var ms: [Measurement] = []
            for agent in setup.step.agents {
                for (row, terms) in agent.rows.enumerated() {
                    let (lhs, rhs) = terms.updateIdentity
                    ms.append(Measurement("m=\(agent.m) row=\(row)", lhs: lhs, .equal, rhs: rhs,
                                          tolerance: StepTolerance.pointwise(agent, scale: terms.scale, qError: 0, what: "log-ratio and score sums")))
                }
            }
            return Evaluation(measurements: ms)
        })

    /// mappo, Lemma B.6 proof, eq. (13): the ideal update's log-ratio is β⁻¹Q up to a constant.
    static let lemmaB6Step3 = Claim(
        id: "mappo.lemB.6/step3", paper: .mappo, source: "Lemma B.6 proof, eq. (13)",
        statement: "⟨β_k⁻¹Q_{π_{θ_k}}^{1:m}, π*^m − π_{θ_k^m}⟩ = ⟨log(π_{k+1}^m/π_{θ_k^m}), π*^m − π_{θ_k^m}⟩.",
        hypotheses: "As mappo.lemB.6; every agent and row; π_{k+1}^m ∝ exp(β_k⁻¹Q^{1:m} + ϕᵀθ_k^m) with the exact Q.",
        kind: .identity,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            var ms: [Measurement] = []
            for agent in setup.step.agents {
                for (row, terms) in agent.rows.enumerated() {
                    let (lhs, rhs) = terms.idealIdentity
                    ms.append(Measurement("m=\(agent.m) row=\(row)", lhs: lhs, .equal, rhs: rhs,
                                          tolerance: StepTolerance.pointwise(agent, scale: terms.scale, qError: 0, what: "Q and log-ratio sums")))
                }
            }
            return Evaluation(measurements: ms)
        })

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
