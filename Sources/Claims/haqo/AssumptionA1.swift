import GSLKit

extension HAQOClaims {
    /// haqo Assumption A.1, the consequences (14)–(16) of bounded rewards, as printed:
    /// "|Q^i(s,a)| ≤ R_max/(1−γ), |V^i(s)| ≤ R_max/(1−γ), |A^i(s,a)| ≤ 2R_max/(1−γ)" and
    /// "|E[Σ_t γ^t r_t]| ≤ R_max/(1−γ)". One exact evaluation; R_max = max|r|.
    static let assumptionA1 = Claim(
        id: "haqo.assA.1", paper: .haqo, source: "Assumption A.1 (App. A.3), eqs. (14)–(16)",
        statement: "If |r(s,a)| ≤ R_max for all (s,a), then |Q^i(s,a)| ≤ R_max/(1−γ), |V^i(s)| ≤ R_max/(1−γ), |A^i(s,a)| ≤ 2R_max/(1−γ), and |E[Σ_t γ^t r_t]| ≤ R_max/(1−γ).",
        hypotheses: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); a product policy π = 'pi'; R_max = max|r(s,a)|",
        kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.singlePolicy) { x in
            let g = try x.requireGame(), pi = try x.policy("pi")
            let eval = try g.evaluate(pi)
            let nA = g.jointActionCount, r = HAQOGames.rewardBound(g), bound = r / (1 - g.gamma)
            let adv = eval.actionValues.enumerated().map { $0.element - eval.values[$0.offset / nA] }
            let tol = evaluationTolerance(g, what: "V^π, Q^π")
            return Evaluation(measurements: [
                Measurement("(14) max|Q|", lhs: Vector.infinityNorm(eval.actionValues), .lessOrEqual, rhs: bound, tolerance: tol),
                Measurement("(15) max|V|", lhs: Vector.infinityNorm(eval.values), .lessOrEqual, rhs: bound, tolerance: tol),
                Measurement("(15) max|A|", lhs: Vector.infinityNorm(adv), .lessOrEqual, rhs: 2 * bound, tolerance: tol),
                Measurement("(16) |J|", lhs: abs(eval.objective(initial: g.initial)), .lessOrEqual, rhs: bound, tolerance: tol),
            ], quantities: [NamedValue("R_max", r), NamedValue("γ", g.gamma)])
        },
        defaultInstances: 32)
}
