import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof, eq. (61).
    static let proposition51Step9 = Claim(
        id: "haqo.prop5.1/step9", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (61)",
        statement: "α(π_(j), π_(j−1)) ≤ sup_s TV(π_new^{i_j}(·|s), π_old^{i_j}(·|s)).",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x) { round in
                try perStep(round) { j in
                    (Measurement(lhs: try round.jointMaxTotalVariation(step: j), .lessOrEqual, rhs: try round.maxTotalVariation(agent: round.order[j - 1]),
                                 tolerance: .roundoff(scale: 1, operations: 4 * round.game.jointActionCount, what: "the TV sums"), trivialBound: 1), [])
                }
            }
        },
        defaultInstances: 32)
}
