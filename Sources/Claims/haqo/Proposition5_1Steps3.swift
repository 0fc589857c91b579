import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    static func proposition51Step16(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eqs. (69)–(71)",
            statement: "J(π_(m)) − J(π_(m−1)) ≥ (L^{i_m}(π_new^{i_m}) − L^{i_m}(π_old^{i_m})) − C̃_{i_m} √δ_{i_m} − B̃ Σ_{j<m} √δ_{i_j}, for C̃_{i_m}, B̃ = O(γR_max/(1−γ)²) that incorporate the KL–TV relaxations and the mismatch scaling.",
            reading: text + "; the constants the derivation (59)–(69) produces: C̃_{i_m} = K √(c_m/2), K = 8γR_max/(1−γ)³, and B̃ = (2R_max/(1−γ))·(2γ/(1−γ)²)·√(c/2), c = 1/min_s d^{π_old}(s)",
            hypotheses: stepHypotheses, kind: .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
                try SequentialSweep.evaluate(x) { round in
                    try perStep(round) { m in
                        let g = round.game.gamma, r = HAQOGames.rewardBound(round.game), c = stateSupportConstant(round)
                        let k = 8 * g * r / ((1 - g) * (1 - g) * (1 - g))
                        let cTilde = k * (c / 2).squareRoot(), bTilde = 2 * r / (1 - g) * 2 * g / ((1 - g) * (1 - g)) * (c / 2).squareRoot()
                        let roots = try round.order.map { try round.radius(agent: $0, .expectedOldNew, visitation: reading).squareRoot() }
                        let gain = round.surrogateGain(position: m, visitation: reading, critic: .current)
                        let rhs = gain - cTilde * roots[m - 1] - bTilde * roots[0..<(m - 1)].reduce(0, +)
                        return (Measurement(lhs: stepGain(round, m), .greaterOrEqual, rhs: rhs, tolerance: round.tolerance(what: "J, Q, d of π_(m)"),
                                            trivialBound: -2 * r / (1 - g)),
                                [NamedValue("ΔL", gain), NamedValue("C̃", cTilde), NamedValue("B̃", bTilde)])
                    }
                }
            })
    }

    static let proposition51Step16 = proposition51Step16(id: "haqo.prop5.1/step16", reading: "ρ^{π_old} normalised in L and δ", .normalised)
    static let proposition51Step16Unnormalised = proposition51Step16(id: "haqo.prop5.1/step16.unnormalised", reading: "ρ^{π_old} unnormalised in L and δ", .unnormalised)

    static func proposition51Step17(id: String, reading text: String, naturalGradient: Bool) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eqs. (72)–(73)",
            statement: "By convexity and smoothness assumptions (Assumption A.3), the surrogate gain grows at least linearly in δ_{i_m}: L^{i_m}(π_new^{i_m}) − L^{i_m}(π_old^{i_m}) ≥ κ_{i_m} δ_{i_m}, for some curvature constant κ_{i_m} > 0 depending on the natural gradient direction.",
            reading: text + "; κ is not given, so the check is ΔL/δ ≥ 0 (the largest admissible κ is the least ratio, reported); ρ normalised, Δ_m from Q^{π_(m−1)}",
            hypotheses: commonHypotheses + (naturalGradient ? "sequential natural-gradient steps, η ∈ {3, …, 3e-4}" : "geometric update path towards 'target', t ∈ {1, …, 1e-4}") + "; every permutation and step m",
            kind: .lowerBound,
            check: ClaimCheck(family: naturalGradient ? HAQOFamilies.oldPolicy : HAQOFamilies.sequentialPair) { x in
                let body: (SequentialRound) throws -> [(Measurement, [NamedValue])] = { round in
                    try perStep(round) { m in
                        let delta = try round.radius(agent: round.order[m - 1], .expectedOldNew, visitation: .normalised)
                        let gain = round.surrogateGain(position: m, visitation: .normalised, critic: .current)
                        return (Measurement(lhs: gain / delta, .greaterOrEqual, rhs: 0,
                                            tolerance: Tolerance(round.tolerance(what: "Δ_m").value / delta, "the round-off of ΔL divided by δ")),
                                [NamedValue("ΔL", gain), NamedValue("δ", delta)])
                    }
                }
                return naturalGradient ? try SequentialSweep.evaluateNaturalGradient(x, body) : try SequentialSweep.evaluate(x, body)
            })
    }

    static let proposition51Step17 = proposition51Step17(id: "haqo.prop5.1/step17", reading: "the update along the natural-gradient direction the proof names", naturalGradient: true)
    static let proposition51Step17AnyStep = proposition51Step17(id: "haqo.prop5.1/step17.anyStep", reading: "any update inside the trust region (the proposition's hypothesis)", naturalGradient: false)

    /// haqo Prop. 5.1 proof, eq. (74): the AM–GM inequality √δ ≤ 1/(2η) + (η/2)δ.
    static let proposition51Step18 = Claim(
        id: "haqo.prop5.1/step18", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (74)",
        statement: "√δ ≤ 1/(2η) + (η/2) δ, for any η > 0.",
        hypotheses: "δ log-uniform in [1e-8, 1], η log-uniform in [1e-3, 1e3]",
        kind: .upperBound,
        check: ClaimCheck(family: InstanceFamily(
            description: "δ ∈ [1e-8, 1], η ∈ [1e-3, 1e3]",
            searchSpace: SearchSpace(scalars: ["delta": .interval(1e-8, 1), "eta": .positive])
        ) { rng in
            ClaimInstance(scalars: ["delta": exp(rng.uniform(log(1e-8), 0)), "eta": exp(rng.uniform(log(1e-3), log(1e3)))])
        }) { x in
            let delta = try x.scalar("delta"), eta = try x.scalar("eta")
            let rhs = 1 / (2 * eta) + eta / 2 * delta
            return Evaluation(measurements: [Measurement(lhs: delta.squareRoot(), .lessOrEqual, rhs: rhs,
                                                         tolerance: .roundoff(scale: rhs, operations: 4, what: "√δ and the right side"))])
        })

    /// haqo Prop. 5.1 proof, eq. (76), the per-step quadratic bound, with C_{i_m} = K.
    static let proposition51Step19 = Claim(
        id: "haqo.prop5.1/step19", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eqs. (75)–(76)",
        statement: "There exists a constant C_{i_m} = O(γR_max/(1−γ)²) such that J(π_(m)) − J(π_(m−1)) ≥ (L^{i_m}(π_new^{i_m}) − L^{i_m}(π_old^{i_m})) − C_{i_m} δ_{i_m}².",
        reading: "as haqo.prop5.1 (ρ normalised, Δ_m from Q^{π_(m−1)}, δ = E_ρ KL(π_old‖π_new), C_{i_m} = K = 8γR_max/(1−γ)³), per micro-step",
        hypotheses: stepHypotheses, kind: .lowerBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x) { round in
                try perStep(round) { m in
                    let g = round.game.gamma, r = HAQOGames.rewardBound(round.game)
                    let k = 8 * g * r / ((1 - g) * (1 - g) * (1 - g))
                    let delta = try round.radius(agent: round.order[m - 1], .expectedOldNew, visitation: .normalised)
                    let gain = round.surrogateGain(position: m, visitation: .normalised, critic: .current)
                    return (Measurement(lhs: stepGain(round, m), .greaterOrEqual, rhs: gain - k * delta * delta,
                                        tolerance: round.tolerance(what: "J, Q, d of π_(m)"), trivialBound: -2 * r / (1 - g)),
                            [NamedValue("J(π_(m)) − J(π_(m−1))", stepGain(round, m)), NamedValue("ΔL", gain), NamedValue("δ", delta), NamedValue("K", k)])
                }
            }
        })
}
