import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof (App. A.6, Step 5), eqs. (75)–(76), as printed: the per-step quadratic
    /// bound after the line search, with C_{i_m} = K = 8γR_max/(1−γ)³. Exact.
    static func proposition51Step19(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eqs. (75)–(76)",
            statement: "There exists a constant C_{i_m} = O(γR_max/(1−γ)²) such that J(π_(m)) − J(π_(m−1)) ≥ (L^{i_m}(π_new^{i_m}) − L^{i_m}(π_old^{i_m})) − C_{i_m} δ_{i_m}².",
            reading: text + "; Δ_m from Q^{π_(m−1)}, δ = E_ρ KL(π_old‖π_new), C_{i_m} = K = 8γR_max/(1−γ)³, per micro-step",
            hypotheses: stepHypotheses, kind: .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
                try SequentialSweep.evaluate(x) { round in
                    try perStep(round) { m in
                        let g = round.game.gamma, r = HAQOGames.rewardBound(round.game)
                        let k = 8 * g * r / ((1 - g) * (1 - g) * (1 - g))
                        let delta = try round.radius(agent: round.order[m - 1], .expectedOldNew, visitation: reading)
                        let gain = round.surrogateGain(position: m, visitation: reading, critic: .current)
                        return (Measurement(lhs: stepGain(round, m), .greaterOrEqual, rhs: gain - k * delta * delta,
                                            tolerance: round.tolerance(what: "J, Q, d of π_(m)"), trivialBound: -2 * r / (1 - g)),
                                [NamedValue("J(π_(m)) − J(π_(m−1))", stepGain(round, m)), NamedValue("ΔL", gain), NamedValue("δ", delta), NamedValue("K", k)])
                    }
                }
            },
            defaultInstances: 32)
    }

    static let proposition51Step19 = proposition51Step19(id: "haqo.prop5.1/step19", reading: "as haqo.prop5.1: ρ^{π_old} normalised in L and δ", .normalised)
    static let proposition51Step19Unnormalised = proposition51Step19(id: "haqo.prop5.1/step19.unnormalised", reading: "ρ^{π_old} = d^{π_old}/(1−γ) (unnormalised) in L and δ", .unnormalised)
}
