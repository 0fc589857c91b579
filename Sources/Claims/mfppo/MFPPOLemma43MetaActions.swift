import Foundation
import GSLKit

extension MFPPOClaims {
    /// (4.3) with |Ā| (meta actions, the policy's action set) in ε'_k.
    static let lemma43MetaActions = Claim(
        id: "mfppo.lem4.3.metaActions", paper: .mfppo, source: "Lemma 4.3 (Sec. 4), eq. (4.3)",
        statement: lemma43Statement,
        reading: "|Ā| (meta actions) in place of |A|; otherwise as printed.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try lemma43Evaluation(x, Lemma43Reading(metaActions: true)) })
}
