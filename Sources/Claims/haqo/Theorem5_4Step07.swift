import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Thm. 5.4 proof (App. A.9, Step 1), eq. (147), as printed: the round-wise surrogate bound.
    /// Exact.
    static func theorem54Step7(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Theorem 5.4 proof (App. A.9), eq. (147)",
            statement: "Summing m = 1 to n gives J(π_new) − J(π_old) ≥ Σ_{i=1}^n L^i(π_new^i) − Σ_{i=1}^n C_i δ_i².",
            reading: text + "; L^i of (144) at its own micro-step; C_i = K = 8γR_max/(1−γ)³; δ_i the realised E_{s~ρ^{π_(m−1)}} KL",
            hypotheses: "random two-agent cooperative games (|S| ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); π_old = 'old'; idealised HAQO rounds (qadv, α = 'alpha') cut to δ ∈ {'radius', 0.1, 0.01, 1e-3, 1e-4}",
            kind: .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
                var all: [(Measurement, [NamedValue])] = []
                for delta in [try x.scalar("radius"), 0.1, 0.01, 1e-3, 1e-4] {
                    let setting = try HAQORoundSetting(x, radius: delta), round = setting.round, g = round.game.gamma
                    let k = 8 * g * HAQOGames.rewardBound(round.game) / ((1 - g) * (1 - g) * (1 - g))
                    var sum = 0.0, penalty = 0.0
                    for m in 1...round.agentCount {
                        sum += surrogate144(round, m, table: round.policies[m].tables[round.order[m - 1]], reading)
                        let d = try microStepDivergence(round, m, reading, kl: true)
                        penalty += k * d * d
                    }
                    all.append((Measurement("δ=\(shortNumber(delta))", lhs: round.returnGain, .greaterOrEqual, rhs: sum - penalty, tolerance: setting.exactTolerance,
                                            trivialBound: -2 * HAQOGames.rewardBound(round.game) / (1 - g)),
                                [NamedValue("ΔJ", round.returnGain), NamedValue("Σ L^i(π_new^i)", sum), NamedValue("Σ C_i δ_i²", penalty)]))
                }
                return SequentialSweep.collect(all, notes: [])
            },
            defaultInstances: 16)
    }

    static let theorem54Step7 = theorem54Step7(id: "haqo.thm5.4/step7", reading: "ρ^{π_(m−1)} unnormalised, as (143) states", .unnormalised)

    static let theorem54Step7Normalised = theorem54Step7(id: "haqo.thm5.4/step7.normalised", reading: "ρ^{π_(m−1)} normalised", .normalised)
}
