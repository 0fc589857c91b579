import ExactSolvers

extension HAQOClaims {
    /// haqo Lemma A.8 proof, eq. (31): "A^π(s,a) = r(s,a) + γ E_{s′} V^π(s′) − V^π(s)". Left side
    /// Q^π − V^π from the evaluation; right side recomputed from r, P and V^π.
    static let lemmaA8Step1 = Claim(
        id: "haqo.lemA.8/step1", paper: .haqo, source: "Lemma A.8 proof (App. A.5), eq. (31)",
        statement: "A^π(s,a) = r(s,a) + γ E_{s′~P(·|s,a)} V^π(s′) − V^π(s) for any (s,a).",
        hypotheses: "random heterogeneous cooperative games; a full-support joint policy π = 'pi'",
        kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
            let c = try PolicyPairComparison(x)
            let g = c.game, nS = g.stateCount, nA = g.jointActionCount, v = c.oldEvaluation.values
            let adv = c.oldAdvantage, r = g.rewards.table(agent: 0)
            var out: [Measurement] = []
            for s in 0..<nS {
                for a in 0..<nA {
                    var next = 0.0
                    for t in 0..<nS { next += g.probability(from: s, a, to: t) * v[t] }
                    out.append(Measurement("s=\(s), a=\(a)", lhs: adv[s * nA + a], .equal, rhs: r[s * nA + a] + g.gamma * next - v[s],
                                           tolerance: c.tolerance(what: "V^π, Q^π")))
                }
            }
            return Evaluation(measurements: out)
        },
        defaultInstances: 128)
}
