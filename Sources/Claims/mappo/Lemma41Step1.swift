import ExactSolvers
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma 4.1 proof, first line: the classical performance-difference lemma with the
    /// stationary ν* (so that the discounted visitation of π* from ν* is ν* itself).
    static let lemma41Step1 = Claim(
        id: "mappo.lem4.1/step1", paper: .mappo, source: "Lemma 4.1 proof (App. B), Kakade & Langford Lemma 6.1",
        statement: "J(π*) − J(π) = (1/(1−γ)) E_{σ*} A_π^{1:N}(s, a^{1:N}).",
        hypotheses: "As mappo.lem4.1; σ* = ν*π*.",
        kind: .identity,
        check: ClaimCheck(family: PolicyInstances.family) { x in
            let setup = try PerformanceDifferenceSetup(x)
            let g = setup.game, t = setup.terms
            return Evaluation(measurements: [Measurement(lhs: t.gap, .equal, rhs: t.advantageAverage / (1 - g.gamma),
                                                         tolerance: setup.tolerance(scale: t.scale, solves: 3, what: "V_π, V_π*, Q_π"))])
        })
}
