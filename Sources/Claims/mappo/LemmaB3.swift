import ExactSolvers
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma B.3 (multi-agent advantage decomposition; Kuba et al. 2022, Lemma 1), as printed:
    /// A_π^{1:m}(s,a^{1:m}) = Σ_{i=1}^m A_π^i(s,a^{1:i−1},a^i), with A^{1:m} = Q^{1:m} − V and
    /// A^i = Q^{1:i} − Q^{1:i−1}. Both sides at every (s,a^{1:m}); one measurement per m (the worst entry).
    static let lemmaB3 = Claim(
        id: "mappo.lemB.3", paper: .mappo, source: "Lemma B.3 (App. B)",
        statement: "In cooperative Markov games, for any joint policy π, state s and agents 1:m: A_π^{1:m}(s,a^{1:m}) = Σ_{i=1}^m A_π^i(s,a^{1:i−1},a^i).",
        hypotheses: "PolicyInstances; every m = 1…N and every (s,a^{1:m}).",
        kind: .identity,
        check: ClaimCheck(family: PolicyInstances.family) { x in
            let g = try x.requireGame(), pi = try PolicyInstances.policy(x)
            let layout = PrefixLayout(game: g)
            let q = try LocalizedActionValues(game: g, policy: pi)
            let advantages = (1...layout.agentCount).map { q.advantage(agentAt: $0) }
            var ms: [Measurement] = []
            for m in 1...layout.agentCount {
                var worst = WorstDiscrepancy()
                for j in 0..<layout.entries(prefix: m) {
                    let s = j / layout.counts[m]
                    let lhs = q.tables[m][j] - q.values[s]
                    var rhs = 0.0
                    for i in 1...m { rhs += advantages[i - 1][j / (layout.counts[m] / layout.counts[i])] }
                    worst.record(lhs, rhs, "")
                }
                ms.append(worst.measurement("m=\(m) (worst entry)",
                                            tolerance: .roundoff(scale: Vector.infinityNorm(q.tables[layout.agentCount]), operations: 4 * m * layout.counts[layout.agentCount],
                                                                 what: "the telescoping sums of the recursion")))
            }
            return Evaluation(measurements: ms)
        })
}
