import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.2 proof, "Where the constants come from": σ_max² ≤ 1.
    static let proposition52Step10 = Claim(
        id: "haqo.prop5.2/step10", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), after eq. (113)",
        statement: "A canonical Gaussian schedule ensures that σ_max² ≤ 1, σ_max² := sup_{s,t,z} Var(ε | z,s,t).",
        reading: "the DDPM linear schedule with T = 50; the data law π_old^i(·|s) of each agent on its embedded actions; sup over z by grid and golden-section search (a value attained, so never above the supremum)",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; every agent", kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            let out = (1...setting.round.agentCount).map { m in
                Measurement("agent \(setting.round.order[m - 1] + 1)", lhs: maximalPosteriorNoiseVariance(setting, m, schedule: .paper), .lessOrEqual, rhs: 1,
                            tolerance: .roundoff(scale: 1, operations: 64, what: "the posterior variance"))
            }
            return Evaluation(measurements: out, notes: ["for two actions at ±1 with probability ½ each, Var(ε|z=0) = ᾱ/(1−ᾱ) (ε = −√ᾱ x₀/√(1−ᾱ) given z = 0), which is 9999 at t = 1"])
        })
}
