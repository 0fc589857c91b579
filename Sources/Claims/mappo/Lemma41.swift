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
            let setup = try PerformanceDifferenceSetup(x)
            let g = setup.game, t = setup.terms
            let rhs = t.localizedTerms.reduce(0, +) / (1 - g.gamma)
            return Evaluation(measurements: [Measurement(lhs: t.gap, .equal, rhs: rhs,
                                                         tolerance: setup.tolerance(scale: t.scale, solves: 3, what: "V_π, V_π*, Q_π^{1:m}"))],
                              quantities: [NamedValue("J(π*)", setup.reference.optimalObjective), NamedValue("J(π)", setup.reference.objective(setup.q.values))]
                                  + t.localizedTerms.enumerated().map { NamedValue("term m=\($0.offset + 1)", $0.element / (1 - g.gamma)) })
        })
}
