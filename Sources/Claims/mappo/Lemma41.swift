import ExactSolvers
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma 4.1 (multi-agent performance difference), as printed, with J(π) = E_{s~ν*}V_π(s)
    /// (Sec. 4) and ν* the stationary distribution of π*. Left side by two exact evaluations; right
    /// side from the exact localized Q-functions of π and the exact σ* laws.
    static let lemma41 = Claim(
        id: "mappo.lem4.1", paper: .mappo, source: "Lemma 4.1 (Sec. 4)",
        statement: "For any joint policy π: J(π*) − J(π) = (1/(1−γ)) Σ_{m=1}^N E_{s~ν*} E_{a^{1:m−1}~π*^{1:m−1}} ⟨Q_π^{1:m}(s,a^{1:m−1},·), π*^m(·|s,a^{1:m−1}) − π^m(·|s,a^{1:m−1})⟩, where the inner product is over a^m ∈ A.",
        hypotheses: "PolicyInstances (random cooperative game, random autoregressive π); π* the optimal deterministic policy of policy iteration, ν* its stationary distribution, J(π) = E_{ν*}V_π.",
        kind: .identity,
        check: ClaimCheck(family: PolicyInstances.family) { x in
            let g = try x.requireGame(), pi = try PolicyInstances.policy(x)
            let reference = try OptimalReference(game: g)
            let q = try LocalizedActionValues(game: g, policy: pi)
            let t = PerformanceDifference(game: g, policy: pi, q: q, reference: reference)
            let rhs = t.localizedTerms.reduce(0, +) / (1 - g.gamma)
            return Evaluation(measurements: [Measurement(lhs: t.gap, .equal, rhs: rhs,
                                                         tolerance: PolicyInstances.tolerance(g, scale: t.scale, solves: 3, stationary: reference.stationary, what: "V_π, V_π*, Q_π^{1:m}"))],
                              quantities: [NamedValue("J(π*)", reference.optimalObjective), NamedValue("J(π)", reference.objective(q.values))]
                                  + t.localizedTerms.enumerated().map { NamedValue("term m=\($0.offset + 1)", $0.element / (1 - g.gamma)) })
        })

    /// mappo, Lemma 4.1 proof, first line: the classical performance-difference lemma with the
    /// stationary ν* (so that the discounted visitation of π* from ν* is ν* itself).
    static let lemma41Step1 = Claim(
        id: "mappo.lem4.1/step1", paper: .mappo, source: "Lemma 4.1 proof (App. B), Kakade & Langford Lemma 6.1",
        statement: "J(π*) − J(π) = (1/(1−γ)) E_{σ*} A_π^{1:N}(s, a^{1:N}).",
        hypotheses: "As mappo.lem4.1; σ* = ν*π*.",
        kind: .identity,
        check: ClaimCheck(family: PolicyInstances.family) { x in
            let g = try x.requireGame(), pi = try PolicyInstances.policy(x)
            let reference = try OptimalReference(game: g)
            let q = try LocalizedActionValues(game: g, policy: pi)
            let t = PerformanceDifference(game: g, policy: pi, q: q, reference: reference)
            return Evaluation(measurements: [Measurement(lhs: t.gap, .equal, rhs: t.advantageAverage / (1 - g.gamma),
                                                         tolerance: PolicyInstances.tolerance(g, scale: t.scale, solves: 3, stationary: reference.stationary, what: "V_π, V_π*, Q_π"))])
        })

    /// mappo, Lemma 4.1 proof, second display: Lemma B.3 splits A^{1:N} into the agents' advantages.
    static let lemma41Step2 = Claim(
        id: "mappo.lem4.1/step2", paper: .mappo, source: "Lemma 4.1 proof (App. B), via Lemma B.3",
        statement: "(1/(1−γ)) E_{σ*} A_π^{1:N}(s,a^{1:N}) = (1/(1−γ)) Σ_{m=1}^N E_{s~ν*} E_{a^{1:m−1}~π*^{1:m−1}} ⟨A_π^m(s,a^{1:m−1},·), π*^m(·|s,a^{1:m−1})⟩.",
        hypotheses: "As mappo.lem4.1.",
        kind: .identity,
        check: ClaimCheck(family: PolicyInstances.family) { x in
            let g = try x.requireGame(), pi = try PolicyInstances.policy(x)
            let reference = try OptimalReference(game: g)
            let q = try LocalizedActionValues(game: g, policy: pi)
            let t = PerformanceDifference(game: g, policy: pi, q: q, reference: reference)
            return Evaluation(measurements: [Measurement(lhs: t.advantageAverage / (1 - g.gamma), .equal,
                                                         rhs: t.advantageTerms.reduce(0, +) / (1 - g.gamma),
                                                         tolerance: PolicyInstances.tolerance(g, scale: t.scale / (1 - g.gamma), solves: 1, stationary: reference.stationary, what: "Q_π^{1:m}"))])
        })

    /// mappo, Lemma 4.1 proof: "Note that we have Σ_a π^m(a|s,a^{1:m−1}) A_π^m(s,a^{1:m−1},a) = 0".
    static let lemma41Step3 = Claim(
        id: "mappo.lem4.1/step3", paper: .mappo, source: "Lemma 4.1 proof (App. B), zero mean of A^m",
        statement: "Σ_{a∈A} π^m(a|s,a^{1:m−1}) A_π^m(s,a^{1:m−1},a) = 0 for every (s,a^{1:m−1}).",
        hypotheses: "PolicyInstances; one measurement per agent m: the largest |Σ_a π^m A^m| over the rows.",
        kind: .identity,
        check: ClaimCheck(family: PolicyInstances.family) { x in
            let g = try x.requireGame(), pi = try PolicyInstances.policy(x)
            let layout = PrefixLayout(game: g)
            let q = try LocalizedActionValues(game: g, policy: pi)
            return Evaluation(measurements: (1...layout.agentCount).map { m in
                let k = layout.actionCount(agent: m), adv = q.advantage(agentAt: m), p = pi.tables[m - 1]
                var worst = 0.0
                for row in 0..<layout.rows(agent: m) {
                    var s = 0.0
                    for a in 0..<k { s += p[row * k + a] * adv[row * k + a] }
                    worst = max(worst, abs(s))
                }
                return Measurement("m=\(m)", lhs: worst, .equal, rhs: 0,
                                   tolerance: .roundoff(scale: Vector.infinityNorm(q.tables[m]), operations: 8 * k,
                                                        what: "Σ_a π^m A^m (Q^{1:m−1} is the π^m-average of Q^{1:m} in the recursion, so only round-off remains)"))
            })
        })

    /// mappo, Lemma 4.1 proof, last line: A^m may be replaced by Q^{1:m} against π*^m − π^m, because
    /// Q^{1:m−1} does not change with a^m and Σ_a π^m A^m = 0.
    static let lemma41Step4 = Claim(
        id: "mappo.lem4.1/step4", paper: .mappo, source: "Lemma 4.1 proof (App. B), last line",
        statement: "Σ_m E_{s~ν*} E_{a^{1:m−1}~π*} ⟨A_π^m(s,a^{1:m−1},·), π*^m(·|s,a^{1:m−1})⟩ = Σ_m E_{s~ν*} E_{a^{1:m−1}~π*} ⟨Q_π^{1:m}(s,a^{1:m−1},·), π*^m(·|s,a^{1:m−1}) − π^m(·|s,a^{1:m−1})⟩ (each m separately).",
        hypotheses: "As mappo.lem4.1; one measurement per agent m.",
        kind: .identity,
        check: ClaimCheck(family: PolicyInstances.family) { x in
            let g = try x.requireGame(), pi = try PolicyInstances.policy(x)
            let reference = try OptimalReference(game: g)
            let q = try LocalizedActionValues(game: g, policy: pi)
            let t = PerformanceDifference(game: g, policy: pi, q: q, reference: reference)
            return Evaluation(measurements: (0..<g.agentCount).map { i in
                Measurement("m=\(i + 1)", lhs: t.advantageTerms[i], .equal, rhs: t.localizedTerms[i],
                            tolerance: PolicyInstances.tolerance(g, scale: t.scale, solves: 1, stationary: reference.stationary, what: "Q_π^{1:m}"))
            })
        })
}
