import ExactSolvers
import GSLKit

extension MAPPOClaims {
    /// mappo, Def. 3.2 and the sentence after it, as printed: "It is straightforward to see that
    /// Q_π^{1:m} is the unique fixed point for T_π^{1:m}". Left side: T_π^{1:m} applied to Q_π^{1:m}
    /// (computed by the recursion of Def. 3.1 from one exact evaluation); right side Q_π^{1:m}; one
    /// measurement per m, the sup-norm of the difference against 0. Uniqueness is step1 (contraction).
    static let definition32 = Claim(
        id: "mappo.def3.2", paper: .mappo, source: "Definition 3.2 (Sec. 3.1) and the sentence after it",
        statement: "For m ∈ N and any f: S × A^m → ℝ, T_π^{1:m} f(s,a^{1:m}) = E_{ã~π^{m+1:N}, s'~P(·|s,a^{1:m},ã)}[r(s,a^{1:m},ã) + γ f(s',π^{1:m})], where f(s',π^{1:m}) = E_{a'^{1:m}~π^{1:m}(·|s')} f(s',a'^{1:m}). It is straightforward to see that Q_π^{1:m} is the unique fixed point for T_π^{1:m}.",
        reading: "the OCR lost the reward term; it is restored (without it the fixed point is 0, not Q_π^{1:m})",
        hypotheses: "PolicyInstances: random cooperative game, random autoregressive π; every m = 1…N.",
        kind: .identity,
        check: ClaimCheck(family: PolicyInstances.family) { x in
            let g = try x.requireGame(), pi = try PolicyInstances.policy(x)
            let q = try LocalizedActionValues(game: g, policy: pi)
            let scale = Vector.infinityNorm(q.values)
            var ms: [Measurement] = []
            for m in 1...g.agentCount {
                let t = MultiAgentBellmanOperator(game: g, policy: pi, prefixLength: m)
                ms.append(Measurement("m=\(m): ‖T Q − Q‖∞", lhs: Vector.infinityNorm(Vector.difference(t.apply(q.tables[m]), q.tables[m])), .equal, rhs: 0,
                                      tolerance: PolicyInstances.tolerance(g, scale: scale, solves: 2, what: "Q^{1:m} and one application of T")))
                let fixed = try t.fixedPoint().actionValues
                ms.append(Measurement("m=\(m): ‖fixed point − Q‖∞", lhs: Vector.infinityNorm(Vector.difference(fixed, q.tables[m])), .equal, rhs: 0,
                                      tolerance: PolicyInstances.tolerance(g, scale: scale, solves: 2, what: "Q^{1:m} and the LU fixed point of T")))
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("‖V_π‖∞", scale)])
        })
}
