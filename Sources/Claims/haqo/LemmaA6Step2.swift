import ExactSolvers
import GSLKit

extension HAQOClaims {
    /// haqo Lemma A.6 proof, eq. (28): "E_{a^{i_m} ~ π^{i_m}}[Q^{(m)}(s, a^{i_{1:m}})] = Q^{(m−1)}(s, a^{i_{1:m−1}})".
    /// Left side: agent i_m's average of Q^{(m)} computed from the definition (20) (ExactSolvers'
    /// `SubsetActionValues`, a sum over the successors' actions); right side: Q^{(m−1)} from the
    /// definition (20) directly — two independent sums over the joint actions.
    static let lemmaA6Step2 = Claim(
        id: "haqo.lemA.6/step2", paper: .haqo, source: "Lemma A.6 proof (App. A.4), eqs. (26)–(28)",
        statement: "E_{a^{i_m} ~ π^{i_m}}[Q^{(m)}(s, a^{i_{1:m}})] = Q^{(m−1)}(s, a^{i_{1:m−1}}), because in Q^{(m−1)} the actions of agents i_m, …, i_n are drawn from their policies.",
        hypotheses: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3); a full-support product policy π = 'pi'; every permutation, m and predecessor tuple",
        kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.singlePolicy) { x in
            let g = try x.requireGame(), pi = try x.productPolicy("pi")
            let q = try g.evaluate(.product(pi)).actionValues
            let tol = evaluationTolerance(g, what: "Q^π")
            var out: [Measurement] = []
            for order in HAQOFamilies.permutations(g.agentCount) {
                let chain = LocalizedActionValues(game: g, policy: pi, order: order, actionValues: q)
                for m in 1...order.count {
                    let upper = SubsetActionValues.values(game: g, policy: pi, actionValues: q, subset: Array(order[..<m]))
                    let lower = SubsetActionValues.values(game: g, policy: pi, actionValues: q, subset: Array(order[..<(m - 1)]))
                    let k = chain.ordering.sizes[m - 1], width = chain.prefixCounts[m - 1], table = pi.tables[order[m - 1]]
                    for s in 0..<g.stateCount {
                        for b in 0..<width {
                            var mean = 0.0
                            for a in 0..<k { mean += table[s * k + a] * upper[(s * width + b) * k + a] }
                            out.append(Measurement("order \(HAQOFamilies.label(order)), m=\(m), s=\(s), prefix \(b)",
                                                   lhs: mean, .equal, rhs: lower[s * width + b], tolerance: tol))
                        }
                    }
                }
            }
            return Evaluation(measurements: out, quantities: [NamedValue("max |Q^π|", Vector.infinityNorm(q))])
        },
        defaultInstances: 32)
}
