import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof, eq. (67).
    static let proposition51Step14 = Claim(
        id: "haqo.prop5.1/step14", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (67)",
        statement: "4γ/(1−γ)² ε_{m−1} α(π_new^{i_m}, π_old^{i_m}) ≤ 8γ/(1−γ)³ R_max · α(π_new^{i_m}, π_old^{i_m}).",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x, steps: [1, 0.1, 0.01]) { round in
                try perStep(round) { m in
                    let g = round.game.gamma, alpha = try round.maxTotalVariation(agent: round.order[m - 1])
                    let lhs = 4 * g / ((1 - g) * (1 - g)) * round.maxAbsoluteAdvantage(m - 1) * alpha
                    return (Measurement(lhs: lhs, .lessOrEqual, rhs: 8 * g / ((1 - g) * (1 - g) * (1 - g)) * HAQOGames.rewardBound(round.game) * alpha,
                                        tolerance: round.tolerance(what: "Q, V of π_(m−1)")), [])
                }
            }
        },
        defaultInstances: 32)
}
