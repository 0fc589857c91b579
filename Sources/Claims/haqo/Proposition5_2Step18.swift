import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
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
