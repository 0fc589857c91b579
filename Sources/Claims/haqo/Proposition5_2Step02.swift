import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.2 proof, eq. (82): the weighted Pythagorean split with the unweighted Bayes
    /// estimator μ(z) = E[ε|z].
    static let proposition52Step2 = Claim(
        id: "haqo.prop5.2/step2", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (80)–(82)",
        statement: "Applying this identity to X = ε with weight ω^i gives J_i^QV(θ^i | s, a^{−i}) = E[ω^i ‖ε − μ(z)‖²] + E[ω^i ‖μ(z) − ε_{θ^i}(z,s,t)‖²], μ(z) := E[ε | z, s, t].",
        reading: "θ^i the Bayes denoiser of π_new^i; qadv weights; E over a^i ~ π_old^i, ε and t",
        hypotheses: contextHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try perContext(x) { setting, m, c in
                let omega = setting.contextWeights(m, c, .qadv)
                var lhs = QuadratureSum(), first = QuadratureSum(), second = QuadratureSum()
                for a in NoiseSchedule.coarse.alphaBars {
                    let data = setting.noisedOld(m, state: c.state, alphaBar: a)
                    let f = setting.noised(setting.newTable(m), m, state: c.state, alphaBar: a).bayesDenoiser
                    let w = 1 / Double(NoiseSchedule.coarse.steps)
                    lhs.add(try DenoisingRisk.weighted(data: data, weights: omega, denoiser: f), weight: w)
                    first.add(try DenoisingRisk.weighted(data: data, weights: omega, denoiser: data.bayesDenoiser), weight: w)
                    second.add(try DenoisingRisk.excessRisk(data: data, weights: omega, denoiser: f), weight: w)
                }
                var all = lhs
                all.add(first)
                all.add(second)
                return (Measurement(lhs: lhs.value, .equal, rhs: first.value + second.value, tolerance: all.tolerance(what: "the three risks")),
                        [NamedValue("J^QV(θ|s,a^{−i})", lhs.value), NamedValue("E[ω‖ε−μ‖²]", first.value), NamedValue("E[ω‖μ−ε_θ‖²]", second.value)])
            }
        })
}
