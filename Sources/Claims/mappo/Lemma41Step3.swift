import ExactSolvers
import GSLKit

extension MAPPOClaims {
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
}
