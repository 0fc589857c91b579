import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.2 proof, eq. (109) (qadv, C_var = σ_max²).
    static let proposition52Step14 = Claim(
        id: "haqo.prop5.2/step14", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eq. (109)",
        statement: "inf_θ J_i^QV(θ) ≤ C_var E_{s~ρ^{π_old}} E_{a^{−i}~π_new^{−i}} E_{a^i~π^i}[Δ_m(s, a^{i_{1:m}})^+], with C_var = σ_max² for qadv.",
        reading: "π^i = π_new^i; the infimum over all ε_θ(z,s,t) (the w̄-weighted posterior mean); σ_max² over the states and the six levels; qadv",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; idealised HAQO round; every agent; ρ normalised; six levels", kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            var all: [(Measurement, [NamedValue])] = []
            for m in 1...setting.round.agentCount {
                let (inf, _) = try aggregatedRisks(setting, m) { _, _, data, w in DenoisingRisk.weightedBayesDenoiser(data: data, weights: w) }
                let sigmaMax = maximalPosteriorNoiseVariance(setting, m, schedule: .coarse)
                var plus = 0.0
                for c in setting.contexts(m) { plus += c.stateWeight * c.prefixProbability * contextExpectation(setting, m, c, table: setting.newTable(m)) { max($0, 0) } }
                all.append((Measurement("agent \(setting.round.order[m - 1] + 1)", lhs: inf.value, .lessOrEqual, rhs: sigmaMax * plus, tolerance: inf.tolerance(what: "inf J^QV")),
                            [NamedValue("inf J^QV", inf.value), NamedValue("σ_max²", sigmaMax), NamedValue("E[Δ^+]", plus)]))
            }
            return SequentialSweep.collect(all, notes: [])
        })
}
