import ExactSolvers
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma 4.1 proof, second display: Lemma B.3 splits A^{1:N} into the agents' advantages.
    static let lemma41Step2 = Claim(
        id: "mappo.lem4.1/step2", paper: .mappo, source: "Lemma 4.1 proof (App. B), via Lemma B.3",
        statement: "(1/(1−γ)) E_{σ*} A_π^{1:N}(s,a^{1:N}) = (1/(1−γ)) Σ_{m=1}^N E_{s~ν*} E_{a^{1:m−1}~π*^{1:m−1}} ⟨A_π^m(s,a^{1:m−1},·), π*^m(·|s,a^{1:m−1})⟩.",
        hypotheses: "As mappo.lem4.1.",
        kind: .identity,
        check: ClaimCheck(family: PolicyInstances.family) { x in
            let setup = try PerformanceDifferenceSetup(x)
            let g = setup.game, t = setup.terms
            return Evaluation(measurements: [Measurement(lhs: t.advantageAverage / (1 - g.gamma), .equal,
                                                         rhs: t.advantageTerms.reduce(0, +) / (1 - g.gamma),
                                                         tolerance: setup.tolerance(scale: t.scale / (1 - g.gamma), solves: 1, what: "Q_π^{1:m}"))])
        })
}
