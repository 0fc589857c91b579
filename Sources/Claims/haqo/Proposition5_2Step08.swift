import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.2 proof, eqs. (102)–(103): the QV loss minorizes nothing below E[ω Var].
    static let proposition52Step8 = Claim(
        id: "haqo.prop5.2/step8", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (101)–(103)",
        statement: "Since ω^i ≥ 0, for every θ^i, J_i^QV(θ^i | s, a^{−i}) ≥ inf_θ J_i^QV(θ | s, a^{−i}) = E[ω^i Var(ε | z,s,t)]; averaging over (s, a^{−i}): J_i^QV(θ^i) ≥ inf_θ J_i^QV(θ) = E_{s,a^{−i}} E_{a^i,ε,t}[ω^i Var(ε | z,s,t)].",
        reading: "the averaged form (103), checked for three denoisers: the true minimiser over all ε_θ(z,s,t) (the w̄-weighted posterior mean), and the Bayes denoisers of π_old^i and of π_new^i; qadv; E_t over the six levels",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; idealised HAQO round; every agent; ρ^{π_old} normalised", kind: .lowerBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            var all: [(Measurement, [NamedValue])] = []
            for m in 1...setting.round.agentCount {
                let candidates: [(String, (Int, Double, NoisedActionLaw, [Double]) -> @Sendable (Double) -> Double)] = [
                    ("weighted posterior mean (the minimiser)", { _, _, data, w in DenoisingRisk.weightedBayesDenoiser(data: data, weights: w) }),
                    ("Bayes denoiser of π_old", { _, _, data, _ in data.bayesDenoiser }),
                    ("Bayes denoiser of π_new", { s, a, _, _ in setting.noised(setting.newTable(m), m, state: s, alphaBar: a).bayesDenoiser }),
                ]
                for (name, denoiser) in candidates {
                    let (risk, variance) = try aggregatedRisks(setting, m, denoiser: denoiser)
                    var sum = risk
                    sum.add(variance)
                    all.append((Measurement("agent \(setting.round.order[m - 1] + 1), θ = \(name)", lhs: risk.value, .greaterOrEqual, rhs: variance.value,
                                            tolerance: sum.tolerance(what: "J^QV(θ) and E[ω Var(ε|z)]")),
                                [NamedValue("J^QV(θ)", risk.value), NamedValue("E[ω Var(ε|z)]", variance.value)]))
                }
            }
            return SequentialSweep.collect(all, notes: [])
        })
}
