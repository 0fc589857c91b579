import ExactSolvers
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// The tolerance of quantities read off one exact evaluation of `game` (values of size
    /// R_max/(1−γ)).
    static func evaluationTolerance(_ game: Game, solves: Int = 1, what: String) -> Tolerance {
        .discounted(game, scale: max(HAQOGames.rewardBound(game) / (1 - game.gamma), 1e-300), solves: solves, what: what)
    }

    /// haqo Lemma A.6 (Sequential advantage decomposition), eq. (22), as printed:
    /// "A^π(s,a) = Σ_{m=1}^n Δ_m(s, a^{i_{1:m}}) and E_{a^{i_m}~π^{i_m}} Δ_m(s, a^{i_{1:m}}) = 0",
    /// the second for every fixed predecessor tuple a^{i_{1:m−1}}. Both sides from one exact
    /// evaluation of π and the chain (20)–(21); every (s, a), every permutation.
    static let lemmaA6 = Claim(
        id: "haqo.lemA.6", paper: .haqo, source: "Lemma A.6 (App. A.4), eq. (22)",
        statement: "Fix a permutation i_{1:n}. Define the conditional value chain Q^{(m)}(s, a^{i_{1:m}}) := E_{a^{i_{m+1:n}} ~ π^{i_{m+1:n}}}[Q^π(s, a^{i_{1:n}})], with Q^{(0)}(s) := V^π(s) and Q^{(n)} = Q^π(s,a). Set Δ_m(s, a^{i_{1:m}}) := Q^{(m)}(s, a^{i_{1:m}}) − Q^{(m−1)}(s, a^{i_{1:m−1}}). Then for any (s,a): A^π(s,a) = Σ_{m=1}^n Δ_m(s, a^{i_{1:m}}) and E_{a^{i_m} ~ π^{i_m}} Δ_m(s, a^{i_{1:m}}) = 0.",
        hypotheses: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); a full-support product policy π = 'pi'; every permutation; every (s, a) and every predecessor tuple",
        kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.singlePolicy) { x in
            let g = try x.requireGame(), pi = try x.productPolicy("pi")
            let eval = try g.evaluate(.product(pi))
            let nS = g.stateCount, nA = g.jointActionCount
            let tol = evaluationTolerance(g, what: "V^π, Q^π")
            var out: [Measurement] = []
            for order in HAQOFamilies.permutations(g.agentCount) {
                let chain = LocalizedActionValues(game: g, policy: pi, order: order, actionValues: eval.actionValues)
                let n = order.count
                let deltas = (1...n).map { chain.advantage(agentAt: $0) }
                for s in 0..<nS {
                    for b in 0..<nA {
                        var sum = 0.0
                        for m in 1...n { sum += deltas[m - 1][s * chain.prefixCounts[m] + b / (nA / chain.prefixCounts[m])] }
                        let a = chain.ordering.jointIndex[b]
                        out.append(Measurement("order \(HAQOFamilies.label(order)), A = ΣΔ at s=\(s), a=\(a)",
                                               lhs: eval.actionValues[s * nA + a] - eval.values[s], .equal, rhs: sum, tolerance: tol))
                    }
                }
                for m in 1...n {
                    let k = chain.ordering.sizes[m - 1], width = chain.prefixCounts[m - 1], table = pi.tables[order[m - 1]]
                    for s in 0..<nS {
                        for b in 0..<width {
                            var mean = 0.0
                            for a in 0..<k { mean += table[s * k + a] * deltas[m - 1][(s * width + b) * k + a] }
                            out.append(Measurement("order \(HAQOFamilies.label(order)), E Δ_\(m) at s=\(s), prefix \(b)",
                                                   lhs: mean, .equal, rhs: 0, tolerance: tol))
                        }
                    }
                }
            }
            return Evaluation(measurements: out, quantities: [NamedValue("max |Q^π|", Vector.infinityNorm(eval.actionValues)),
                                                              NamedValue("γ", g.gamma)])
        },
        defaultInstances: 32)
}
