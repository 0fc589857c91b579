import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof (App. A.6, Step 4), eq. (70), as printed, with the constants the derivation
    /// produces (C̃, B̃ are only stated as O(γR_max/(1−γ)²)).
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
            },
            defaultInstances: 32)
    }

    static let proposition51Step16 = proposition51Step16(id: "haqo.prop5.1/step16", reading: "ρ^{π_old} normalised in L and δ", .normalised)

    static let proposition51Step16Unnormalised = proposition51Step16(id: "haqo.prop5.1/step16.unnormalised", reading: "ρ^{π_old} unnormalised in L and δ", .unnormalised)
}
