import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof, eq. (62) (Pinsker, KL(π_old‖π_new) as printed).
    static let proposition51Step10 = Claim(
        id: "haqo.prop5.1/step10", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (62)",
        statement: "sup_s TV(π_new^{i_j}(·|s), π_old^{i_j}(·|s)) ≤ √(½ KL_max(π_old^{i_j}‖π_new^{i_j})).",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x) { round in
                try perStep(round) { j in
                    let agent = round.order[j - 1]
                    let klMax = try round.radius(agent: agent, .maxOldNew, visitation: .normalised)
                    return (Measurement(lhs: try round.maxTotalVariation(agent: agent), .lessOrEqual, rhs: (klMax / 2).squareRoot(),
                                        tolerance: .roundoff(scale: 1, operations: 16, what: "the TV and KL sums"), trivialBound: 1), [])
                }
            }
        },
        defaultInstances: 32)
}
