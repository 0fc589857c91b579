import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
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

    static func theorem54Step8(id: String, statement: String, source: String, reading text: String, withEntropy: Bool) -> Claim {
        Claim(
            id: id, paper: .haqo, source: source,
            statement: statement,
            reading: text,
            hypotheses: diffusionHypotheses, kind: .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
                let setting = try HAQORoundSetting(x)
                var out: [(Measurement, [NamedValue])] = []
                for m in 1...setting.round.agentCount {
                    let table = setting.newTable(m)
                    let l = setting.surrogate(m, table: table)
                    var losses = QuadratureSum()
                    let qv = try setting.qvLoss(m, .qadv, denoiserTable: table)
                    losses.add(qv)
                    var q = [NamedValue("L^i(π_new^i)", l), NamedValue("J^QV(θ_new^i)", qv.value)]
                    if withEntropy {
                        let ent = try setting.entropyLoss(m, denoiserTable: table)
                        losses.add(ent)
                        q.append(NamedValue("J^ent(θ_new^i)", ent.value))
                    }
                    out.append((Measurement("agent \(setting.round.order[m - 1] + 1)", lhs: l, .greaterOrEqual, rhs: losses.value,
                                            tolerance: setting.exactTolerance + losses.tolerance(what: "J^QV" + (withEntropy ? ", J^ent" : ""))),
                                q + [NamedValue("α", setting.alpha), NamedValue("δ", setting.radius)]))
                }
                return SequentialSweep.collect(out, notes: ["θ_new^i = Bayes denoiser of π_new^i; exact critic, so ξ_i = 0"])
            },
            defaultInstances: 4)
    }

    static let theorem54Step8 = theorem54Step8(
        id: "haqo.thm5.4/step8", statement: "Apply (148) at the new iterate for agent i: L^i(π_new^i) ≥ J_i^QV(θ_new^i) − ξ_i, ξ_i = O(ε_Q).",
        source: "Theorem 5.4 proof (App. A.9), eq. (148)",
        reading: "L^i of Prop. 5.2 (ρ^{π_old} normalised, Δ_m of π_(m−1)); J^QV of (5) with qadv; exact critic (ξ_i = 0)", withEntropy: false)

    static let theorem54Step9 = theorem54Step8(
        id: "haqo.thm5.4/step9", statement: "Adding the (nonnegative) entropy surrogate: L^i(π_new^i) ≥ J_i^QV(θ_new^i) + J_i^ent(θ_new^i) − ξ_i.",
        source: "Theorem 5.4 proof (App. A.9), eq. (149)",
        reading: "as haqo.thm5.4/step8, with J^ent of (9) (α_i = 'alpha', U uniform on the embedded actions)", withEntropy: true)
}
