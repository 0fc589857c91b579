import Foundation
import GSLKit

extension MFPPOClaims {
    /// The triples swapped: evaluation with (0, 0, r̄²).
    static let assumption4EvaluationSwapped = Claim(
        id: "mfppo.asmE.4.evaluation.swapped", paper: .mfppo, source: "Assumption 4 and its Remark (App. E.1)",
        statement: assumption4Statement,
        reading: "the triples swapped: policy evaluation (ξ = r) with (0, 0, r̄²).",
        hypotheses: "As mfppo.asmE.4.evaluation.",
        kind: .upperBound,
        check: ClaimCheck(family: assumption4Family) { x in
            try assumption4Evaluation(x, improvement: false) { m in (0, 0, m.maxAbsoluteReward * m.maxAbsoluteReward) }
        })
}
