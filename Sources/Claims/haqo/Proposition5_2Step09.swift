import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.2 proof, eq. (104).
    static let proposition52Step9 = Claim(
        id: "haqo.prop5.2/step9", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eq. (104)",
        statement: "Let σ_max² := sup_{s,t,z} Var(ε | z,s,t). Then E_{a^i,ε,t}[ω^i Var(ε | z,s,t)] ≤ σ_max² E_{a^i~π_old^i}[ω^i(s,a^i,a^{−i})].",
        reading: "σ_max² computed over the states ρ^{π_old} charges and the six levels (the sup over all t can only be larger); qadv",
        hypotheses: contextHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            let sigmaMax = (1...setting.round.agentCount).map { maximalPosteriorNoiseVariance(setting, $0, schedule: .coarse) }
            return try perContext(x) { setting, m, c in
                let omega = setting.contextWeights(m, c, .qadv)
                let lhs = try levelAverage { a in try DenoisingRisk.weightedPosteriorVariance(data: setting.noisedOld(m, state: c.state, alphaBar: a), weights: omega) }
                let k = setting.actions(m), p = setting.oldTable(m)
                var mass = 0.0
                for a in 0..<k { mass += p[c.state * k + a] * omega[a] }
                return (Measurement(lhs: lhs.value, .lessOrEqual, rhs: sigmaMax[m - 1] * mass, tolerance: lhs.tolerance(what: "E[ω Var(ε|z)]")),
                        [NamedValue("σ_max²", sigmaMax[m - 1]), NamedValue("E_{π_old}[ω]", mass)])
            }
        })
}
