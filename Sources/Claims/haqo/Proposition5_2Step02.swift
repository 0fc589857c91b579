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
                try riskDecomposition(setting, m, c, base: { try DenoisingRisk.weighted(data: $0, weights: $1, denoiser: $0.bayesDenoiser) },
                                      names: ("J^QV(θ|s,a^{−i})", "E[ω‖ε−μ‖²]", "E[ω‖μ−ε_θ‖²]"), what: "the three risks")
            }
        })
}
