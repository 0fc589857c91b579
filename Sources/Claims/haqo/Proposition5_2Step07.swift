import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.2 proof, eq. (98): the QV loss as variance plus κ_t-weighted Fisher terms.
    static let proposition52Step7 = Claim(
        id: "haqo.prop5.2/step7", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eq. (98)",
        statement: "J_i^QV(θ^i) = E[ω^i Var(ε | z,s,t)] + Σ_t κ_t E_{s~ρ^{π_old}} E_{a^{−i}~π_new^{−i}} E_{a^i,ε}[ω^i(s,a^i,a^{−i}) ‖s_t − s_{t,θ^i}‖²], κ_t := (1 − ᾱ_t).",
        reading: "per context (s, a^{−i}); Σ_t read as the average over t that J^QV's E_t is (the literal sum would be T times larger); the score terms with Tweedie's scores (checked by step5, step6); θ^i the Bayes denoiser of π_new^i; qadv",
        hypotheses: contextHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try perContext(x) { setting, m, c in
                try riskDecomposition(setting, m, c, base: { try DenoisingRisk.weightedPosteriorVariance(data: $0, weights: $1) },
                                      names: (risk: "J^QV(θ|s,a^{−i})", base: "E[ω Var(ε|z)]", excess: "Σ_t κ_t E[ω‖s−s_θ‖²]"),
                                      what: "J^QV, E[ω Var] and the Fisher term")
            }
        })
}
