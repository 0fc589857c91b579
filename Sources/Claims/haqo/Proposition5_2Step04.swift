import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.2 proof, eqs. (87)–(88): the excess-risk decomposition.
    static let proposition52Step4 = Claim(
        id: "haqo.prop5.2/step4", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (87)–(88)",
        statement: "Any parametric approximation ε_{θ^i} incurs an excess risk E(θ^i) := E[ω^i ‖μ(z) − ε_{θ^i}(z,s,t)‖²], so that J_i^QV(θ^i | s, a^{−i}) = inf_{θ^i} J_i^QV(θ^i | s, a^{−i}) + E(θ^i).",
        reading: "θ^i the Bayes denoiser of π_new^i; the infimum over all measurable denoisers; qadv weights",
        hypotheses: contextHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try perContext(x) { setting, m, c in
                let omega = setting.contextWeights(m, c, .qadv)
                var lhs = QuadratureSum(), inf = QuadratureSum(), excess = QuadratureSum()
                for a in NoiseSchedule.coarse.alphaBars {
                    let data = setting.noisedOld(m, state: c.state, alphaBar: a), w = 1 / Double(NoiseSchedule.coarse.steps)
                    let f = setting.noised(setting.newTable(m), m, state: c.state, alphaBar: a).bayesDenoiser
                    lhs.add(try DenoisingRisk.weighted(data: data, weights: omega, denoiser: f), weight: w)
                    inf.add(try DenoisingRisk.weightedMinimum(data: data, weights: omega), weight: w)
                    excess.add(try DenoisingRisk.excessRisk(data: data, weights: omega, denoiser: f), weight: w)
                }
                var all = lhs
                all.add(inf)
                all.add(excess)
                return (Measurement(lhs: lhs.value, .equal, rhs: inf.value + excess.value, tolerance: all.tolerance(what: "J^QV, inf J^QV and E(θ)")),
                        [NamedValue("J^QV(θ|s,a^{−i})", lhs.value), NamedValue("inf J^QV", inf.value), NamedValue("E(θ)", excess.value)])
            }
        })
}
