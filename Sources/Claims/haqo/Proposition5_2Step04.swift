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
                try riskDecomposition(setting, m, c, base: { try DenoisingRisk.weightedMinimum(data: $0, weights: $1) },
                                      names: (risk: "J^QV(θ|s,a^{−i})", base: "inf J^QV", excess: "E(θ)"),
                                      what: "J^QV, inf J^QV and E(θ)")
            }
        })
}
