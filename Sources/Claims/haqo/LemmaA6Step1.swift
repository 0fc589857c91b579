import ExactSolvers
import GSLKit

extension HAQOClaims {
    /// haqo Lemma A.6 proof, eqs. (24)–(25): the telescoping sum Σ_m Δ_m = Q^{(n)} − Q^{(0)} with
    /// the boundary values "Q^{(n)}(s, a^{i_{1:n}}) = Q^π(s,a), since all agents' actions are fixed,
    /// and Q^{(0)}(s) = V^π(s), since no action has been chosen yet". The chain's end points (from
    /// the recursion (28)) against the exact evaluation's V^π and Q^π.
    static let lemmaA6Step1 = Claim(
        id: "haqo.lemA.6/step1", paper: .haqo, source: "Lemma A.6 proof (App. A.4), eqs. (24)–(25)",
        statement: "Σ_{m=1}^n Δ_m(s, a^{i_{1:m}}) = Q^{(n)}(s, a^{i_{1:n}}) − Q^{(0)}(s), with Q^{(n)}(s, a^{i_{1:n}}) = Q^π(s,a) and Q^{(0)}(s) = V^π(s).",
        hypotheses: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3); a full-support product policy π = 'pi'; every permutation",
        kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.singlePolicy) { x in
            let g = try x.requireGame(), pi = try x.productPolicy("pi")
            let eval = try g.evaluate(.product(pi))
            let nA = g.jointActionCount, tol = evaluationTolerance(g, what: "V^π, Q^π")
            var out: [Measurement] = []
            for order in HAQOFamilies.permutations(g.agentCount) {
                let chain = LocalizedActionValues(game: g, policy: pi, order: order, actionValues: eval.actionValues)
                let n = order.count
                for s in 0..<g.stateCount {
                    out.append(Measurement("order \(HAQOFamilies.label(order)), Q^(0) = V at s=\(s)",
                                           lhs: chain.tables[0][s], .equal, rhs: eval.values[s], tolerance: tol))
                    for b in 0..<nA {
                        var telescoped = chain.tables[0][s]
                        for m in 1...n { telescoped += chain.advantage(agentAt: m)[s * chain.prefixCounts[m] + b / (nA / chain.prefixCounts[m])] }
                        out.append(Measurement("order \(HAQOFamilies.label(order)), V + ΣΔ = Q at s=\(s), b=\(b)",
                                               lhs: telescoped, .equal, rhs: eval.actionValues[s * nA + chain.ordering.jointIndex[b]], tolerance: tol))
                    }
                }
            }
            return Evaluation(measurements: out, quantities: [NamedValue("max |V^π|", Vector.infinityNorm(eval.values))])
        },
        defaultInstances: 32)
}
