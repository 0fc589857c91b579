import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// ‖d^{(m−1)} − ρ^{π_old}‖₁ under a reading of ρ.
    static func mismatchDistance(_ round: SequentialRound, _ m: Int, _ reading: VisitationReading) -> Double {
        Vector.oneNorm(Vector.difference(round.occupancies[m - 1], round.visitation(0, reading)))
    }

    /// Δ_mismatch^{(m)} = (E_{d^{(m−1)}} − E_{ρ^{π_old}}) E[Δ_m] with Δ_m from Q^{π_(m−1)}.
    static func mismatch(_ round: SequentialRound, _ m: Int, _ reading: VisitationReading) -> Double {
        let chain = round.chain(forPosition: m, .current), table = round.new.tables[round.order[m - 1]]
        return round.surrogate(position: m, table: table, rho: round.occupancies[m - 1], chain: chain)
            - round.surrogate(position: m, table: table, rho: round.visitation(0, reading), chain: chain)
    }

    static func proposition51Step7(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (59)",
            statement: "|Δ_mismatch^{(m)}| ≤ ‖d^{(m−1)} − ρ^{π_old}‖₁ · 2R_max/(1−γ).",
            reading: text, hypotheses: stepHypotheses, kind: .upperBound,
            check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
                try SequentialSweep.evaluate(x) { round in
                    try perStep(round) { m in
                        let d = mismatchDistance(round, m, reading), r = HAQOGames.rewardBound(round.game)
                        return (Measurement(lhs: abs(mismatch(round, m, reading)), .lessOrEqual, rhs: d * 2 * r / (1 - round.game.gamma),
                                            tolerance: round.tolerance(what: "Q, d of π_(m−1), d^{π_old}")),
                                [NamedValue("‖d^(m−1) − ρ^old‖₁", d)])
                    }
                }
            })
    }

    static let proposition51Step7 = proposition51Step7(id: "haqo.prop5.1/step7", reading: "ρ^{π_old} normalised", .normalised)
    static let proposition51Step7Unnormalised = proposition51Step7(id: "haqo.prop5.1/step7.unnormalised", reading: "ρ^{π_old} = d^{π_old}/(1−γ) (unnormalised), d^{(m−1)} normalised as in (55)", .unnormalised)

    static func proposition51Step8(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (60)",
            statement: "‖d^{(m−1)} − ρ^{π_old}‖₁ ≤ 2γ/(1−γ)² Σ_{j<m} α(π_(j), π_(j−1)).",
            reading: text, hypotheses: stepHypotheses, kind: .upperBound,
            check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
                try SequentialSweep.evaluate(x) { round in
                    try perStep(round) { m in
                        let g = round.game.gamma
                        let sum = try (1..<m).reduce(0) { try $0 + round.jointMaxTotalVariation(step: $1) }
                        return (Measurement(lhs: mismatchDistance(round, m, reading), .lessOrEqual, rhs: 2 * g / ((1 - g) * (1 - g)) * sum,
                                            tolerance: round.tolerance(what: "d^{(m−1)}, d^{π_old}"), trivialBound: reading == .normalised ? 2 : nil),
                                [NamedValue("Σ_{j<m} α_j", sum)])
                    }
                }
            })
    }

    static let proposition51Step8 = proposition51Step8(id: "haqo.prop5.1/step8", reading: "ρ^{π_old} normalised", .normalised)
    static let proposition51Step8Unnormalised = proposition51Step8(id: "haqo.prop5.1/step8.unnormalised", reading: "ρ^{π_old} = d^{π_old}/(1−γ) (unnormalised), d^{(m−1)} normalised", .unnormalised)

    /// haqo Prop. 5.1 proof, eq. (61).
    static let proposition51Step9 = Claim(
        id: "haqo.prop5.1/step9", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (61)",
        statement: "α(π_(j), π_(j−1)) ≤ sup_s TV(π_new^{i_j}(·|s), π_old^{i_j}(·|s)).",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x) { round in
                try perStep(round) { j in
                    (Measurement(lhs: try round.jointMaxTotalVariation(step: j), .lessOrEqual, rhs: try round.maxTotalVariation(agent: round.order[j - 1]),
                                 tolerance: .roundoff(scale: 1, operations: 4 * round.game.jointActionCount, what: "the TV sums"), trivialBound: 1), [])
                }
            }
        })

    /// haqo Prop. 5.1 proof, eq. (62) (Pinsker, KL(π_old‖π_new) as printed).
    static let proposition51Step10 = Claim(
        id: "haqo.prop5.1/step10", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (62)",
        statement: "sup_s TV(π_new^{i_j}(·|s), π_old^{i_j}(·|s)) ≤ √(½ KL_max(π_old^{i_j}‖π_new^{i_j})).",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x) { round in
                try perStep(round) { j in
                    let agent = round.order[j - 1]
                    let klMax = try round.radius(agent: agent, .maxOldNew, visitation: .normalised)
                    return (Measurement(lhs: try round.maxTotalVariation(agent: agent), .lessOrEqual, rhs: (klMax / 2).squareRoot(),
                                        tolerance: .roundoff(scale: 1, operations: 16, what: "the TV and KL sums"), trivialBound: 1), [])
                }
            }
        })

    /// haqo Prop. 5.1 proof, eq. (63), with the computable constant c_j = 1/min_s ρ^{π_old}(s).
    static let proposition51Step11 = Claim(
        id: "haqo.prop5.1/step11", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (63)",
        statement: "Assumption A.3 and the finite state-support constant c_j tighten the expected-KL trust region into a max-KL bound: KL_max(π_old^{i_j}‖π_new^{i_j}) ≤ c_j δ_{i_j}.",
        reading: "c_j := 1/min_s ρ^{π_old}(s) (normalised ρ; c_j is not defined in the text) and δ_{i_j} = E_{s~ρ^{π_old}} KL(π_old^{i_j}‖π_new^{i_j})",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x) { round in
                try perStep(round) { j in
                    let agent = round.order[j - 1], c = stateSupportConstant(round)
                    let delta = try round.radius(agent: agent, .expectedOldNew, visitation: .normalised)
                    return (Measurement(lhs: try round.radius(agent: agent, .maxOldNew, visitation: .normalised), .lessOrEqual, rhs: c * delta,
                                        tolerance: .roundoff(scale: c * delta, operations: 32, what: "the KL sums")),
                            [NamedValue("c_j", c), NamedValue("δ_{i_j}", delta)])
                }
            }
        })

    static func proposition51Step12(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (64)",
            statement: "Combining the above, ‖d^{(m−1)} − ρ^{π_old}‖₁ = O(Σ_{j<m} √δ_{i_j}).",
            reading: text + "; the O(·) with the constant the combination of (60)–(63) gives: ‖d^{(m−1)} − ρ^{π_old}‖₁ ≤ 2γ/(1−γ)² Σ_{j<m} √(c_j δ_{i_j}/2), c_j = 1/min_s d^{π_old}(s)",
            hypotheses: stepHypotheses, kind: .upperBound,
            check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
                try SequentialSweep.evaluate(x) { round in
                    try perStep(round) { m in
                        let g = round.game.gamma, c = stateSupportConstant(round)
                        let sum = try (1..<m).reduce(0) { acc, j in
                            try acc + (c * round.radius(agent: round.order[j - 1], .expectedOldNew, visitation: .normalised) / 2).squareRoot()
                        }
                        return (Measurement(lhs: mismatchDistance(round, m, reading), .lessOrEqual, rhs: 2 * g / ((1 - g) * (1 - g)) * sum,
                                            tolerance: round.tolerance(what: "d^{(m−1)}, d^{π_old}")),
                                [NamedValue("Σ_{j<m} √(c_j δ_j/2)", sum)])
                    }
                }
            })
    }

    static let proposition51Step12 = proposition51Step12(id: "haqo.prop5.1/step12", reading: "ρ^{π_old} normalised", .normalised)
    static let proposition51Step12Unnormalised = proposition51Step12(id: "haqo.prop5.1/step12.unnormalised", reading: "ρ^{π_old} = d^{π_old}/(1−γ) (unnormalised)", .unnormalised)

    /// haqo Prop. 5.1 proof, eq. (66): (56) substituted into (52).
    static let proposition51Step13 = Claim(
        id: "haqo.prop5.1/step13", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (66)",
        statement: "J(π_(m)) − J(π_(m−1)) ≥ (L^{i_m}(π_new^{i_m}) − L^{i_m}(π_old^{i_m})) + Δ_mismatch^{(m)} − 4γ/(1−γ)² ε_{m−1} α(π_new^{i_m}, π_old^{i_m}).",
        reading: "ρ^{π_old} normalised; Δ_m from Q^{π_(m−1)}; α(π_new^{i_m}, π_old^{i_m}) = max_s TV of agent i_m's tables",
        hypotheses: stepHypotheses, kind: .lowerBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x) { round in
                try perStep(round) { m in
                    let g = round.game.gamma
                    let gain = round.surrogateGain(position: m, visitation: .normalised, critic: .current)
                    let mis = mismatch(round, m, .normalised)
                    let penalty = try 4 * g / ((1 - g) * (1 - g)) * round.maxAbsoluteAdvantage(m - 1) * round.maxTotalVariation(agent: round.order[m - 1])
                    return (Measurement(lhs: stepGain(round, m), .greaterOrEqual, rhs: gain + mis - penalty,
                                        tolerance: round.tolerance(what: "J, Q, d of π_(m−1), π_(m)")),
                            [NamedValue("J(π_(m)) − J(π_(m−1))", stepGain(round, m)), NamedValue("ΔL", gain), NamedValue("Δ_mismatch", mis), NamedValue("penalty", penalty)])
                }
            }
        })

    /// haqo Prop. 5.1 proof, eq. (67).
    static let proposition51Step14 = Claim(
        id: "haqo.prop5.1/step14", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (67)",
        statement: "4γ/(1−γ)² ε_{m−1} α(π_new^{i_m}, π_old^{i_m}) ≤ 8γ/(1−γ)³ R_max · α(π_new^{i_m}, π_old^{i_m}).",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x, steps: [1, 0.1, 0.01]) { round in
                try perStep(round) { m in
                    let g = round.game.gamma, alpha = try round.maxTotalVariation(agent: round.order[m - 1])
                    let lhs = 4 * g / ((1 - g) * (1 - g)) * round.maxAbsoluteAdvantage(m - 1) * alpha
                    return (Measurement(lhs: lhs, .lessOrEqual, rhs: 8 * g / ((1 - g) * (1 - g) * (1 - g)) * HAQOGames.rewardBound(round.game) * alpha,
                                        tolerance: round.tolerance(what: "Q, V of π_(m−1)")), [])
                }
            }
        })

    /// haqo Prop. 5.1 proof, eq. (68), with c_m = 1/min_s ρ^{π_old}(s).
    static let proposition51Step15 = Claim(
        id: "haqo.prop5.1/step15", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (68)",
        statement: "α(π_new^{i_m}, π_old^{i_m}) ≤ √(½ KL_max(π_old^{i_m}‖π_new^{i_m})) ≤ √(c_m δ_{i_m}/2).",
        reading: "c_m := 1/min_s ρ^{π_old}(s), δ = E_{s~ρ^{π_old}} KL(π_old‖π_new), ρ normalised",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x) { round in
                var out: [(Measurement, [NamedValue])] = []
                for m in 1...round.agentCount {
                    let agent = round.order[m - 1], c = stateSupportConstant(round)
                    let klMax = try round.radius(agent: agent, .maxOldNew, visitation: .normalised)
                    let delta = try round.radius(agent: agent, .expectedOldNew, visitation: .normalised)
                    let tol = Tolerance.roundoff(scale: 1, operations: 32, what: "the TV and KL sums")
                    out.append((Measurement("m=\(m), Pinsker", lhs: try round.maxTotalVariation(agent: agent), .lessOrEqual, rhs: (klMax / 2).squareRoot(), tolerance: tol, trivialBound: 1), []))
                    out.append((Measurement("m=\(m), max-KL", lhs: (klMax / 2).squareRoot(), .lessOrEqual, rhs: (c * delta / 2).squareRoot(), tolerance: tol), []))
                }
                return out
            }
        })
}
