import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// Critic biases ε_Q of the (115) checks.
    static let criticBiases: [Double] = [0.1, 0.01, 1e-3]

    /// The biased critic of Assumption A.4 for agent i_m: Q̂ = Q^{π_(m−1)} + ε_Q·ξ, ξ(s,a) ~ U[−1,1]
    /// drawn from the instance's seed (|Q̂ − Q| ≤ ε_Q, eq. (114)), and its chain.
    static func biasedChain(_ setting: HAQORoundSetting, _ m: Int, bias: Double, seed: UInt64) -> SequentialValueChain {
        let rng = RandomSource(seed: SeedSequence.derive(seed, "critic bias agent \(m)"))
        let q = setting.round.evaluations[m - 1].actionValues.map { $0 + bias * rng.uniform(-1, 1) }
        return SequentialValueChain(game: setting.game, policy: setting.round.policies[m - 1], actionValues: q, order: setting.round.order)
    }

    /// haqo Prop. 5.2 proof, eq. (115), first part, with c₁ = 2·(mass of ρ).
    static let proposition52Step17 = Claim(
        id: "haqo.prop5.2/step17", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (114)–(115)",
        statement: "Because all objects appear linearly in expectations and are uniformly bounded, a standard stability argument yields |L^i(π^i) − L^i_true(π^i)| ≤ c₁ ε_Q, for a constant c₁ > 0 depending only on R_max and the variance schedule.",
        reading: "O(ε_Q) checked with the constant the stability argument gives: |Δ̂_m − Δ_m| ≤ 2ε_Q, so c₁ = 2·Σ_s ρ(s) = 2 (ρ normalised); π^i = π_new^i",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; idealised HAQO round; Q̂ = Q + ε_Q·ξ with ξ ~ U[−1,1] per (s,a) from the instance seed, ε_Q ∈ {0.1, 0.01, 1e-3}; every agent", kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            var all: [(Measurement, [NamedValue])] = []
            for m in 1...setting.round.agentCount {
                let rho = setting.rho(.normalised), table = setting.newTable(m)
                let trueValue = setting.surrogate(m, table: table)
                for bias in criticBiases {
                    let biased = setting.round.surrogate(position: m, table: table, rho: rho, chain: biasedChain(setting, m, bias: bias, seed: x.seed))
                    all.append((Measurement("agent \(setting.round.order[m - 1] + 1), ε_Q=\(shortNumber(bias))", lhs: abs(biased - trueValue), .lessOrEqual,
                                            rhs: 2 * rho.reduce(0, +) * bias, tolerance: setting.exactTolerance),
                                [NamedValue("|L̂ − L|", abs(biased - trueValue)), NamedValue("ε_Q", bias)]))
                }
            }
            return SequentialSweep.collect(all, notes: [])
        })

    /// haqo Prop. 5.2 proof, eq. (115), second part, with c₂ = 4·(unweighted denoising loss).
    static let proposition52Step18 = Claim(
        id: "haqo.prop5.2/step18", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (114)–(115)",
        statement: "|J_i^QV(θ^i) − J_{i,true}^QV(θ^i)| ≤ c₂ ε_Q, for a constant c₂ > 0 depending only on R_max and the variance schedule (c₂ accounts for the effect on the Fisher-divergence terms).",
        reading: "O(ε_Q) checked with the constant the stability argument gives for qadv: |ω̂ − ω| ≤ 4ε_Q, so c₂ = 4·E_{s,a~π_old,ε,t}‖ε − ε_θ‖² (the unweighted loss); θ^i the Bayes denoiser of π_new^i; six levels",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; idealised HAQO round; Q̂ = Q + ε_Q·ξ, ε_Q ∈ {0.1, 0.01, 1e-3}; every agent", kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            var all: [(Measurement, [NamedValue])] = []
            for m in 1...setting.round.agentCount {
                let rho = setting.rho(.normalised), table = setting.newTable(m), k = setting.actions(m)
                let exact = try setting.qvLoss(m, .qadv, denoiserTable: table, schedule: .coarse)
                var unweighted = QuadratureSum()
                for s in rho.indices where rho[s] > 0 {
                    for a in NoiseSchedule.coarse.alphaBars {
                        unweighted.add(try DenoisingRisk.unweighted(data: setting.noisedOld(m, state: s, alphaBar: a),
                                                                    denoiser: setting.noised(table, m, state: s, alphaBar: a).bayesDenoiser),
                                       weight: rho[s] / Double(NoiseSchedule.coarse.steps))
                    }
                }
                for bias in criticBiases {
                    let chain = biasedChain(setting, m, bias: bias, seed: x.seed)
                    let wbar = SequentialUpdateRules.averagedWeights(round: setting.round, position: m, chain: chain, weight: .qadv)
                    let biased = try DiffusionSurrogates.qvLoss(oldTable: setting.oldTable(m), averagedWeights: wbar, denoiserTable: table, actions: k,
                                                                rho: rho, schedule: .coarse)
                    var sum = exact
                    sum.add(biased)
                    sum.add(unweighted, weight: 4 * bias)
                    all.append((Measurement("agent \(setting.round.order[m - 1] + 1), ε_Q=\(shortNumber(bias))", lhs: abs(biased.value - exact.value), .lessOrEqual,
                                            rhs: 4 * unweighted.value * bias, tolerance: sum.tolerance(what: "both J^QV and the unweighted loss")),
                                [NamedValue("|Ĵ^QV − J^QV|", abs(biased.value - exact.value)), NamedValue("c₂", 4 * unweighted.value), NamedValue("ε_Q", bias)]))
                }
            }
            return SequentialSweep.collect(all, notes: [])
        })
}
