import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Thm. 5.4 proof (App. A.9, Step 1), eq. (144), as printed: (143) on the micro-update
    /// π_(m−1) → π_(m) of idealised HAQO rounds, with L^{i_m} averaged under ρ^{π_(m−1)}. Exact.
    static func theorem54Step3(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Theorem 5.4 proof (App. A.9), eq. (144)",
            statement: "J(π_(m)) − J(π_(m−1)) ≥ E_{s~ρ^{π_(m−1)}} E_{a^{−i_m}~π_(m−1)^{−i_m}} E_{a^{i_m}~π_(m)^{i_m}}[Δ_m(s, a^{i_{1:m}})] − C ε_m = L^{i_m}(π_(m)^{i_m}) − C ε_m.",
            reading: text + "; C = 4γR_max/(1−γ)², ε_m = E_{s~ρ^{π_(m−1)}} TV(π_(m)^{i_m}, π_(m−1)^{i_m}), Δ_m of π_(m−1)",
            hypotheses: haqoStepHypotheses, kind: .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
                try haqoRadiusSweep(x) { setting, m in
                    let round = setting.round
                    let l = surrogate144(round, m, table: round.policies[m].tables[round.order[m - 1]], reading)
                    let eps = try microStepDivergence(round, m, reading, kl: false), c = constant143(round.game)
                    return (Measurement(lhs: stepGain(round, m), .greaterOrEqual, rhs: l - c * eps, tolerance: setting.exactTolerance,
                                        trivialBound: -2 * HAQOGames.rewardBound(round.game) / (1 - round.game.gamma)),
                            [NamedValue("J(π_(m)) − J(π_(m−1))", stepGain(round, m)), NamedValue("L^{i_m}(π_(m)^{i_m})", l), NamedValue("ε_m", eps), NamedValue("C", c)])
                }
            },
            defaultInstances: 16)
    }

    static let theorem54Step3 = theorem54Step3(id: "haqo.thm5.4/step3", reading: "ρ^{π_(m−1)} unnormalised, as (143) states", .unnormalised)

    static let theorem54Step3Normalised = theorem54Step3(id: "haqo.thm5.4/step3.normalised", reading: "ρ^{π_(m−1)} normalised", .normalised)
}
