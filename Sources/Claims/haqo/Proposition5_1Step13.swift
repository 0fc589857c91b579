import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof, eq. (66): (56) substituted into (52).
    static let proposition51Step13 = Claim(
        id: "haqo.prop5.1/step13", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (66)",
        statement: "J(π_(m)) − J(π_(m−1)) ≥ (L^{i_m}(π_new^{i_m}) − L^{i_m}(π_old^{i_m})) + Δ_mismatch^{(m)} − 4γ/(1−γ)² ε_{m−1} α(π_new^{i_m}, π_old^{i_m}).",
        reading: "ρ^{π_old} normalised; Δ_m from Q^{π_(m−1)}; α(π_new^{i_m}, π_old^{i_m}) = max_s TV of agent i_m's tables",
        hypotheses: stepHypotheses, kind: .lowerBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x) { round in
                try perStep(round) { m in
                    let g = round.game.gamma
                    let gain = round.surrogateGain(position: m, visitation: .normalised, critic: .current)
                    let mis = mismatch(round, m, .normalised)
                    let penalty = try 4 * g / ((1 - g) * (1 - g)) * round.maxAbsoluteAdvantage(m - 1) * round.maxTotalVariation(agent: round.order[m - 1])
                    return (Measurement(lhs: stepGain(round, m), .greaterOrEqual, rhs: gain + mis - penalty,
                                        tolerance: round.tolerance(what: "J, Q, d of π_(m−1), π_(m)")),
                            [NamedValue("J(π_(m)) − J(π_(m−1))", stepGain(round, m)), NamedValue("ΔL", gain), NamedValue("Δ_mismatch", mis), NamedValue("penalty", penalty)])
                }
            }
        },
        defaultInstances: 32)
}
