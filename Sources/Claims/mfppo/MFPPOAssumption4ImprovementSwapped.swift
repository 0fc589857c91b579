import Foundation
import GSLKit

extension MFPPOClaims {
    /// The triples swapped: improvement with (4, 4, 0) (|F_β − F_{β(0)}| ≤ ‖β − β(0)‖ for the ReLU network).
    static let assumption4ImprovementSwapped = Claim(
        id: "mfppo.asmE.4.improvement.swapped", paper: .mfppo, source: "Assumption 4 and its Remark (App. E.1)",
        statement: assumption4Statement,
        reading: "the triples swapped: policy improvement with (4, 4, 0).",
        hypotheses: "As mfppo.asmE.4.improvement.",
        kind: .upperBound,
        check: ClaimCheck(family: assumption4Family) { x in try assumption4Evaluation(x, improvement: true) { _ in (4, 4, 0) } })
}
