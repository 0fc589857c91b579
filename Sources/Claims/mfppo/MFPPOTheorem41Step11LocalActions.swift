import Foundation
import GSLKit

extension MFPPOClaims {
    /// The same with 𝒜 as printed in the proof (and in (E.24)): the local action set, |A| < |Ā|.
    static let theorem41Step11LocalActions = Claim(
        id: "mfppo.thm4.1/step11.localActions", paper: .mfppo, source: "Theorem 4.1, proof (App. E), before (E.24)",
        statement: theorem41Step11Statement,
        reading: "A as printed in the proof: the local action set (|A| = 2 < |Ā| = 4).",
        hypotheses: "As mfppo.thm4.1/step11.",
        kind: .upperBound,
        check: ClaimCheck(family: MeanFieldInstances.family("mean-field MDPs (G2)")) { x in try uniformKLEvaluation(x, metaActions: false) })
}
