import ExactSolvers
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma 4.1 proof, last line: A^m may be replaced by Q^{1:m} against π*^m − π^m, because
    /// Q^{1:m−1} does not change with a^m and Σ_a π^m A^m = 0.
    static let lemma41Step4 = Claim(
        id: "mappo.lem4.1/step4", paper: .mappo, source: "Lemma 4.1 proof (App. B), last line",
        statement: "Σ_m E_{s~ν*} E_{a^{1:m−1}~π*} ⟨A_π^m(s,a^{1:m−1},·), π*^m(·|s,a^{1:m−1})⟩ = Σ_m E_{s~ν*} E_{a^{1:m−1}~π*} ⟨Q_π^{1:m}(s,a^{1:m−1},·), π*^m(·|s,a^{1:m−1}) − π^m(·|s,a^{1:m−1})⟩ (each m separately).",
        hypotheses: "As mappo.lem4.1; one measurement per agent m.",
        kind: .identity,
        check: ClaimCheck(family: PolicyInstances.family) { x in
            let setup = try PerformanceDifferenceSetup(x)
            let g = setup.game, t = setup.terms
            return Evaluation(measurements: (0..<g.agentCount).map { i in
                Measurement("m=\(i + 1)", lhs: t.advantageTerms[i], .equal, rhs: t.localizedTerms[i],
                            tolerance: setup.tolerance(scale: t.scale, solves: 1, what: "Q_π^{1:m}"))
            })
        })
}
