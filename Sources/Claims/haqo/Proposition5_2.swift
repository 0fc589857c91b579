import GSLKit
import MarkovGames

/// haqo Proposition 5.2 (QV Lower Bound), eq. (8), and its readings.
///
/// Left side L^i(π^i) (eq. (50)/(78): Δ_m of π_(m−1), predecessors from π_new, states from
/// ρ^{π_old}) exactly; right side J_i^QV(θ^i) of eq. (5) by quadrature, θ^i the Bayes denoiser of
/// π^i — the well-specified reverse process that samples π^i exactly — with the exact critic, so
/// ε_Q = 0 and ξ_i = O(ε_Q) = 0. π^i ranges over the two feasible policies every HAQO round
/// offers: π_old^i (the zero step) and the idealised HAQO update π_new^i. Both sides are linear
/// in ρ^{π_old}, so its normalisation does not change the verdict.
extension HAQOClaims {
    /// Proposition 5.2 as printed.
    static let proposition52Statement = "Let ω^i be constructed via qadv or qcut such that ω^i ≥ 0 and is monotone in the conditional advantage. For any feasible diffusion policy π^i with denoiser ε_{θ^i}, L^i(π^i) ≥ J_i^QV(θ^i) − ξ_i, ξ_i = O(ε_Q), where ε_Q is the critic bias from Assumption A.4. The implicit constants in O(ε_Q) scale with the diffusion forward-noise schedule. Equality holds in the zero-bias, well-specified reverse-process limit."

    static let diffusionHypotheses = "random two-agent cooperative games (|S| ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); π_old = 'old'; idealised HAQO round (qadv, α = 'alpha', δ = 'radius'); actions embedded evenly in [−1,1] (d_i = 1); DDPM linear schedule, T = 50; exact critic (ε_Q = 0)"

    /// σ_max² = sup_{s,t,z} Var(ε | z, s, t) for agent i_m's data law π_old^{i_m}(·|s) over the
    /// states ρ^{π_old} charges (App. A.7 Step 4).
    static func maximalPosteriorNoiseVariance(_ setting: HAQORoundSetting, _ m: Int, schedule: NoiseSchedule) -> Double {
        var best = 0.0
        let rho = setting.rho(.normalised), k = setting.actions(m)
        for s in rho.indices where rho[s] > 0 {
            let law = DiffusionSurrogates.actionLaw(table: setting.oldTable(m), state: s, actions: k)
            for a in schedule.alphaBars { best = max(best, NoisedActionLaw(law: law, alphaBar: a).supremumNoiseVariance) }
        }
        return best
    }

    /// How the right side is scaled: literally, or divided by C_var as (112)–(113) "absorb" it.
    enum QVScale: Sendable { case literal, dividedByCvar }

    static func proposition52Measurements(_ x: ClaimInstance, weight: (ClaimInstance) throws -> QWeight, scale: QVScale,
                                          relation: Relation) throws -> Evaluation {
        let setting = try HAQORoundSetting(x)
        let w = try weight(x)
        var out: [(Measurement, [NamedValue])] = []
        for m in 1...setting.round.agentCount {
            // C_var = 0 only for an agent with one action (no posterior variance, J^QV = 0): nothing to divide.
            var cVar = 1.0
            if scale == .dividedByCvar {
                cVar = maximalPosteriorNoiseVariance(setting, m, schedule: HAQORoundSetting.schedule)
                if case .qcut(let eps) = w {
                    let bigM = 2 * HAQOGames.rewardBound(setting.game) / (1 - setting.game.gamma)
                    cVar *= min(1, bigM / eps)
                }
            }
            for (name, table) in [("π_old", setting.oldTable(m)), ("π_new", setting.newTable(m))] {
                let l = setting.surrogate(m, table: table)
                let qv = try setting.qvLoss(m, w, denoiserTable: table)
                out.append((Measurement("agent \(setting.round.order[m - 1] + 1), π^i = \(name)", lhs: l, relation, rhs: cVar > 0 ? qv.value / cVar : qv.value,
                                        tolerance: setting.exactTolerance + qv.tolerance(what: "J^QV (|S|·T integrals)")),
                            [NamedValue("L^i(π^i)", l), NamedValue("J^QV(θ^i)", qv.value), NamedValue("C_var", cVar),
                             NamedValue("α", setting.alpha), NamedValue("δ", setting.radius)] + thresholdQuantity(w)))
            }
        }
        return SequentialSweep.collect(out, notes: ["θ^i = Bayes denoiser of π^i (exact reverse process), exact critic so ξ_i = 0"])
    }

    /// The qcut threshold as a quantity (none for qadv).
    static func thresholdQuantity(_ w: QWeight) -> [NamedValue] {
        if case .qcut(let eps) = w { return [NamedValue("qcut threshold ε", eps)] }
        return []
    }

    static func proposition52(id: String, reading: String, weight: @escaping @Sendable (ClaimInstance) throws -> QWeight,
                              scale: QVScale = .literal, equality: Bool = false) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.2 (Sec. 5.2), eq. (8); proof App. A.7",
            statement: proposition52Statement, reading: reading,
            hypotheses: diffusionHypotheses,
            kind: equality ? .identity : .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
                try proposition52Measurements(x, weight: weight, scale: scale, relation: equality ? .equal : .greaterOrEqual)
            },
            defaultInstances: 4)
    }

    static let proposition52Primary = proposition52(
        id: "haqo.prop5.2",
        reading: "qadv weights (6) on the conditional advantage Δ_m; J^QV as defined in (5) (no normalisation); exact critic, so ξ_i = O(0) = 0",
        weight: { _ in .qadv })

    static let proposition52Qcut = proposition52(
        id: "haqo.prop5.2.qcut",
        reading: "qcut weights (7) with threshold ε = 'threshold' (not stated in the paper); otherwise as haqo.prop5.2",
        weight: { .qcut(threshold: try $0.scalar("threshold")) })

    static let proposition52Normalised = proposition52(
        id: "haqo.prop5.2.normalised",
        reading: "J^QV divided by C_var = σ_max² (qadv), the constant (112)–(113) 'absorb into a normalized J^QV' (the cited normalisation bullet is not in the text); σ_max² = sup_{s,t,z} Var(ε|z,s,t) computed; otherwise as haqo.prop5.2",
        weight: { _ in .qadv }, scale: .dividedByCvar)

    static let proposition52Equality = proposition52(
        id: "haqo.prop5.2.equality",
        reading: "the last sentence: with zero critic bias and the well-specified (exact Bayes) denoiser, L^i(π^i) = J_i^QV(θ^i); qadv weights",
        weight: { _ in .qadv }, equality: true)
}
