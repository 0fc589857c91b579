import Foundation
import GSLKit

extension MFPPOClaims {
    /// (4.3) with the errors entering as root-mean-square values √ε_k, √ε'_{k+1}.
    static let lemma43Sqrt = Claim(
        id: "mfppo.lem4.3.sqrt", paper: .mfppo, source: "Lemma 4.3 (Sec. 4), eq. (4.3)",
        statement: lemma43Statement,
        reading: "errors as RMS: √ε_k and √ε'_{k+1} in place of ε_k and ε'_{k+1}; otherwise as printed.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try lemma43Evaluation(x, Lemma43Reading(squaredErrors: false)) })
}
