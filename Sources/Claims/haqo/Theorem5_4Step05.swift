import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Thm. 5.4 proof (App. A.9, Step 1), eq. (145), as printed: the per-step quadratic remainder
    /// after the line search, with C_{i_m} = K. Exact.
    static func theorem54Step5(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Theorem 5.4 proof (App. A.9), eq. (145)",
            statement: "Hence there exists a curvature constant C_{i_m} = O(γR_max/(1−γ)²) such that J(π_(m)) − J(π_(m−1)) ≥ (L^{i_m}(π_(m)^{i_m}) − L^{i_m}(π_(m−1)^{i_m})) − C_{i_m} δ_{i_m}².",
            reading: text + "; L^{i_m} of (144); C_{i_m} = K = 8γR_max/(1−γ)³; δ_{i_m} the realised E_{s~ρ^{π_(m−1)}} KL(π_(m−1)^{i_m}‖π_(m)^{i_m})",
            hypotheses: haqoStepHypotheses, kind: .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
                try haqoRadiusSweep(x) { setting, m in
                    let round = setting.round, agent = round.order[m - 1], g = round.game.gamma
                    let gain = surrogate144(round, m, table: round.policies[m].tables[agent], reading)
                        - surrogate144(round, m, table: round.policies[m - 1].tables[agent], reading)
                    let delta = try microStepDivergence(round, m, reading, kl: true)
                    let k = 8 * g * HAQOGames.rewardBound(round.game) / ((1 - g) * (1 - g) * (1 - g))
                    return (Measurement(lhs: stepGain(round, m), .greaterOrEqual, rhs: gain - k * delta * delta, tolerance: setting.exactTolerance,
                                        trivialBound: -2 * HAQOGames.rewardBound(round.game) / (1 - g)),
                            [NamedValue("J(π_(m)) − J(π_(m−1))", stepGain(round, m)), NamedValue("ΔL^{i_m}", gain), NamedValue("δ_{i_m}", delta), NamedValue("K", k)])
                }
            },
            defaultInstances: 16)
    }

    static let theorem54Step5 = theorem54Step5(id: "haqo.thm5.4/step5", reading: "ρ^{π_(m−1)} unnormalised, as (143) states", .unnormalised)

    static let theorem54Step5Normalised = theorem54Step5(id: "haqo.thm5.4/step5.normalised", reading: "ρ^{π_(m−1)} normalised", .normalised)
}
