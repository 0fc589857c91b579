import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.2 proof, eq. (83): the minimal weighted risk.
    static let proposition52Step3 = Claim(
        id: "haqo.prop5.2/step3", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (83)–(84)",
        statement: "Hence the minimal (best achievable) weighted risk is the weighted conditional variance: inf_{θ^i} J_i^QV(θ^i | s, a^{−i}) = E[ω^i Var(ε | z, s, t)].",
        reading: "the infimum over all measurable denoisers (infinite capacity), attained at μ_ω = E[ωε|z]/E[ω|z]; qadv weights",
        hypotheses: contextHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try perContext(x) { setting, m, c in
                let omega = setting.contextWeights(m, c, .qadv)
                var inf = QuadratureSum(), rhs = QuadratureSum()
                for a in NoiseSchedule.coarse.alphaBars {
                    let data = setting.noisedOld(m, state: c.state, alphaBar: a), w = 1 / Double(NoiseSchedule.coarse.steps)
                    inf.add(try DenoisingRisk.weightedMinimum(data: data, weights: omega), weight: w)
                    rhs.add(try DenoisingRisk.weightedPosteriorVariance(data: data, weights: omega), weight: w)
                }
                var all = inf
                all.add(rhs)
                return (Measurement(lhs: inf.value, .equal, rhs: rhs.value, tolerance: all.tolerance(what: "inf J^QV and E[ω Var(ε|z)]")),
                        [NamedValue("inf_θ J^QV(θ|s,a^{−i})", inf.value), NamedValue("E[ω Var(ε|z)]", rhs.value)])
            }
        })
}
