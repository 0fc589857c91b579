import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof, eq. (53): "ε_{m−1} = sup_{s,a}|A^{π_(m−1)}(s,a)| ≤ 2R_max/(1−γ)".
    static let proposition51Step3 = Claim(
        id: "haqo.prop5.1/step3", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (53)",
        statement: "By bounded rewards, |V^{π_(m−1)}| ≤ R_max/(1−γ) and |Q^{π_(m−1)}| ≤ R_max/(1−γ), hence ε_{m−1} = sup_{s,a}|A^{π_(m−1)}(s,a)| ≤ 2R_max/(1−γ).",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x, steps: [1, 0.1]) { round in
                perStep(round) { m in
                    let bound = 2 * HAQOGames.rewardBound(round.game) / (1 - round.game.gamma)
                    return (Measurement(lhs: round.maxAbsoluteAdvantage(m - 1), .lessOrEqual, rhs: bound, tolerance: round.tolerance(what: "Q, V of π_(m−1)")), [])
                }
            }
        },
        defaultInstances: 32)
}
