import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Thm. 5.4 proof (App. A.9, Step 1), after (144), as printed: Pinsker under the trust region
    /// gives ε_m ≤ √(δ_{i_m}/2). Exact per-state TV and KL averaged under ρ^{π_(m−1)}.
    static func theorem54Step4(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Theorem 5.4 proof (App. A.9), after eq. (144)",
            statement: "Because we enforce a trust region for agent i_m, e.g. E_{s~ρ^{π_(m−1)}} D_KL(π_(m−1)^{i_m} ‖ π_(m)^{i_m}) ≤ δ_{i_m}, Pinsker's inequality yields ε_m ≤ √(δ_{i_m}/2).",
            reading: text + "; δ_{i_m} := the realised E_{s~ρ^{π_(m−1)}} KL (the smallest radius the hypothesis allows)",
            hypotheses: haqoStepHypotheses, kind: .upperBound,
            check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
                try haqoRadiusSweep(x) { setting, m in
                    let eps = try microStepDivergence(setting.round, m, reading, kl: false), delta = try microStepDivergence(setting.round, m, reading, kl: true)
                    return (Measurement(lhs: eps, .lessOrEqual, rhs: (delta / 2).squareRoot(),
                                        tolerance: .roundoff(scale: max(eps, 1e-300), operations: 64, what: "the TV and KL averages")),
                            [NamedValue("ε_m", eps), NamedValue("δ_{i_m}", delta)])
                }
            },
            defaultInstances: 16)
    }

    static let theorem54Step4 = theorem54Step4(id: "haqo.thm5.4/step4", reading: "ρ^{π_(m−1)} unnormalised, as (143) states", .unnormalised)

    static let theorem54Step4Normalised = theorem54Step4(id: "haqo.thm5.4/step4.normalised", reading: "ρ^{π_(m−1)} normalised", .normalised)
}
