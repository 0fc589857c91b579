import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    static let stepHypotheses = commonHypotheses + "π_new on the geometric path towards 'target', t ∈ {1, …, 1e-4}; every permutation and every micro-step m"

    /// The measurements of `body` at every micro-step m = 1…n of a round.
    static func perStep(_ round: SequentialRound, _ body: (Int) throws -> (Measurement, [NamedValue])) rethrows -> [(Measurement, [NamedValue])] {
        try (1...round.agentCount).map { m in
            let (x, q) = try body(m)
            return (Measurement("m=\(m)" + (x.label.isEmpty ? "" : ", " + x.label), lhs: x.lhs, x.relation, rhs: x.rhs,
                                tolerance: x.tolerance, trivialBound: x.trivialBound), q)
        }
    }

    /// J(π_(m)) − J(π_(m−1)).
    static func stepGain(_ round: SequentialRound, _ m: Int) -> Double { round.objectives[m] - round.objectives[m - 1] }

    /// 1/min_s ρ^{π_old}(s) (normalised): the computable choice of the "finite state-support
    /// constant" c_j of eq. (63), for which E_ρ KL ≤ δ implies KL_max ≤ c_j δ.
    static func stateSupportConstant(_ round: SequentialRound) -> Double { 1 / round.occupancies[0].min()! }

    /// haqo Prop. 5.1 proof (App. A.6, Step 1), eq. (51): Lemma A.8 for the micro-update π_(m−1) → π_(m).
    static let proposition51Step1 = Claim(
        id: "haqo.prop5.1/step1", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (51)",
        statement: "J(π_(m)) − J(π_(m−1)) = 1/(1−γ) E_{s~d^{(m)}, a~π_(m)}[A^{π_(m−1)}(s,a)].",
        hypotheses: stepHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x, steps: [1, 0.1, 0.01]) { round in
                try perStep(round) { m in
                    let rhs = PolicyDivergences.average(round.expectedAdvantage(step: m), under: round.occupancies[m]) / (1 - round.game.gamma)
                    return (Measurement(lhs: stepGain(round, m), .equal, rhs: rhs, tolerance: round.tolerance(what: "J, Q, d of π_(m−1), π_(m)")), [])
                }
            }
        })

    /// haqo Prop. 5.1 proof, eq. (52), as printed (Lemma A.10 applied to the micro-update, with
    /// d^{(m−1)} normalised).
    static let proposition51Step2 = Claim(
        id: "haqo.prop5.1/step2", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (52)",
        statement: "J(π_(m)) − J(π_(m−1)) ≥ E_{s~d^{(m−1)}, a~π_(m)}[A^{π_(m−1)}(s,a)] − 4γ/(1−γ)² ε_{m−1} α(π_(m), π_(m−1)), ε_{m−1} := sup_{s,a}|A^{π_(m−1)}(s,a)|.",
        reading: "d^{(m−1)} normalised (eq. (34))",
        hypotheses: stepHypotheses, kind: .lowerBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x) { round in
                try perStep(round) { m in
                    let g = round.game.gamma
                    let first = PolicyDivergences.average(round.expectedAdvantage(step: m), under: round.occupancies[m - 1])
                    let eps = round.maxAbsoluteAdvantage(m - 1), alpha = try round.jointMaxTotalVariation(step: m)
                    let penalty = 4 * g / ((1 - g) * (1 - g)) * eps * alpha
                    return (Measurement(lhs: stepGain(round, m), .greaterOrEqual, rhs: first - penalty,
                                        tolerance: round.tolerance(what: "J, Q, d of π_(m−1), π_(m)")),
                            [NamedValue("J(π_(m)) − J(π_(m−1))", stepGain(round, m)), NamedValue("E_{d^(m−1)}E_{π_(m)}A", first),
                             NamedValue("ε_{m−1}", eps), NamedValue("α(π_(m),π_(m−1))", alpha)])
                }
            }
        })

    /// haqo Prop. 5.1 proof, eq. (53): "ε_{m−1} = sup_{s,a}|A^{π_(m−1)}(s,a)| ≤ 2R_max/(1−γ)".
    static let proposition51Step3 = Claim(
        id: "haqo.prop5.1/step3", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (53)",
        statement: "By bounded rewards, |V^{π_(m−1)}| ≤ R_max/(1−γ) and |Q^{π_(m−1)}| ≤ R_max/(1−γ), hence ε_{m−1} = sup_{s,a}|A^{π_(m−1)}(s,a)| ≤ 2R_max/(1−γ).",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x, steps: [1, 0.1]) { round in
                try perStep(round) { m in
                    let bound = 2 * HAQOGames.rewardBound(round.game) / (1 - round.game.gamma)
                    return (Measurement(lhs: round.maxAbsoluteAdvantage(m - 1), .lessOrEqual, rhs: bound, tolerance: round.tolerance(what: "Q, V of π_(m−1)")), [])
                }
            }
        })

    static func proposition51Step4(id: String, reading: String, critic: CriticReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (54)",
            statement: "At step m only agent i_m changes between π_(m−1) and π_(m). Using Lemma A.6, for each s: E_{a~π_(m)}[A^{π_(m−1)}(s,a)] = E_{a^{−i_m}~π_(m)^{−i_m}, a^{i_m}~π_new^{i_m}}[Δ_m(s, a^{i_{1:m}})].",
            reading: reading,
            hypotheses: stepHypotheses + "; every state", kind: .identity,
            check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
                try SequentialSweep.evaluate(x, steps: [1, 0.1, 0.01]) { round in
                    var out: [(Measurement, [NamedValue])] = []
                    for m in 1...round.agentCount {
                        let lhs = round.expectedAdvantage(step: m)
                        let chain = round.chain(forPosition: m, critic)
                        let abar = round.conditionalAdvantage(position: m, chain: chain)
                        let agent = round.order[m - 1], k = round.game.agents[agent].actionCount, table = round.new.tables[agent]
                        for s in 0..<round.game.stateCount {
                            var rhs = 0.0
                            for a in 0..<k { rhs += table[s * k + a] * abar[s * k + a] }
                            out.append((Measurement("m=\(m), s=\(s)", lhs: lhs[s], .equal, rhs: rhs, tolerance: round.tolerance(what: "Q, V of π_(m−1) and π_old")), []))
                        }
                    }
                    return out
                }
            })
    }

    static let proposition51Step4 = proposition51Step4(id: "haqo.prop5.1/step4", reading: "Δ_m from the chain of Q^{π_(m−1)} (the policy the advantage on the left belongs to)", critic: .current)
    static let proposition51Step4OldCritic = proposition51Step4(id: "haqo.prop5.1/step4.oldCritic", reading: "Δ_m from the chain of Q^{π_old} (one critic per iteration, Alg. 1)", critic: .old)

    /// haqo Prop. 5.1 proof, eqs. (55)–(57): G_m = ΔL^{i_m} + Δ_mismatch^{(m)} with the zero-mean
    /// property E_{π_old^{i_m}}Δ_m = 0 giving L^{i_m}(π_old^{i_m}) = 0.
    static let proposition51Step5 = Claim(
        id: "haqo.prop5.1/step5", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eqs. (55)–(57)",
        statement: "G_m := E_{s~d^{(m−1)}} E_{a^{−i_m}~π_(m)^{−i_m}, a^{i_m}~π_new^{i_m}}[Δ_m] = (L^{i_m}(π_new^{i_m}) − L^{i_m}(π_old^{i_m})) + Δ_mismatch^{(m)}, Δ_mismatch^{(m)} = (E_{s~d^{(m−1)}} − E_{s~ρ^{π_old}}) E_{a^{−i_m}, a^{i_m}}[Δ_m].",
        reading: "ρ^{π_old} normalised; Δ_m from Q^{π_(m−1)}",
        hypotheses: stepHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x, steps: [1, 0.1, 0.01]) { round in
                try perStep(round) { m in
                    let chain = round.chain(forPosition: m, .current), agent = round.order[m - 1]
                    let table = round.new.tables[agent]
                    let g = round.surrogate(position: m, table: table, rho: round.occupancies[m - 1], chain: chain)
                    let gain = round.surrogateGain(position: m, visitation: .normalised, critic: .current)
                    let mismatch = g - round.surrogate(position: m, table: table, rho: round.occupancies[0], chain: chain)
                    return (Measurement(lhs: g, .equal, rhs: gain + mismatch, tolerance: round.tolerance(what: "Q, d of π_(m−1), d^{π_old}")),
                            [NamedValue("G_m", g), NamedValue("ΔL", gain), NamedValue("Δ_mismatch", mismatch)])
                }
            }
        })

    /// haqo Prop. 5.1 proof, eq. (58): "sup|Δ_m| ≤ sup|Q^{π_(m−1)}| + sup|V^{π_(m−1)}| ≤ 2R_max/(1−γ)".
    static let proposition51Step6 = Claim(
        id: "haqo.prop5.1/step6", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (58)",
        statement: "sup_{s, a^{i_{1:m}}} |Δ_m(s, a^{i_{1:m}})| ≤ sup_{s,a}|Q^{π_(m−1)}(s,a)| + sup_s|V^{π_(m−1)}(s)| ≤ 2R_max/(1−γ).",
        reading: "Δ_m from Q^{π_(m−1)}",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x, steps: [1, 0.1]) { round in
                var out: [(Measurement, [NamedValue])] = []
                for m in 1...round.agentCount {
                    let sup = Vector.infinityNorm(round.chain(forPosition: m, .current).increment(m))
                    let e = round.evaluations[m - 1], mid = Vector.infinityNorm(e.actionValues) + Vector.infinityNorm(e.values)
                    let tol = round.tolerance(what: "Q, V of π_(m−1)")
                    out.append((Measurement("m=\(m), first", lhs: sup, .lessOrEqual, rhs: mid, tolerance: tol), []))
                    out.append((Measurement("m=\(m), second", lhs: mid, .lessOrEqual, rhs: 2 * HAQOGames.rewardBound(round.game) / (1 - round.game.gamma), tolerance: tol), []))
                }
                return out
            }
        })
}
