import Foundation
import GSLKit

extension MFPPOClaims {
    /// (4.3) with φ* read through state-action densities (ν*/ν_k)(π* − π_k)/π_0.
    static let lemma43StateActionRatio = Claim(
        id: "mfppo.lem4.3.stateActionRatio", paper: .mfppo, source: "Lemma 4.3 (Sec. 4), definition of φ*_k",
        statement: lemma43Statement,
        reading: "φ*_k with the state-action ratio (ν*(x)/ν_k(x))·(π* − π_k)/π_0; otherwise as printed.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try lemma43Evaluation(x, Lemma43Reading(phi: .stateAction)) })
}
