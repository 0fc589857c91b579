import Foundation
import GSLKit

extension MFPPOClaims {
    /// (4.3) with the errors as RMS values and M as in the source of the lemma (Liu et al. 2019a,
    /// M = 2E_{ν*} max F²_{θ_0} + 2R², which bounds E_{ν*} max (critic)² itself): M = max_k E_{ν*} max_ā Q̂_k².
    static let lemma43SourceConstants = Claim(
        id: "mfppo.lem4.3.sourceConstants", paper: .mfppo, source: "Lemma 4.3 (Sec. 4), eq. (4.3), against Liu et al. (2019a)",
        statement: lemma43Statement,
        reading: "errors as RMS (as mfppo.lem4.3.sqrt) and M with the factor 2 of the source lemma: M = max_k E_{ν*} max_ā Q̂_k².",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in
            try lemma43Evaluation(x, Lemma43Reading(squaredErrors: false, criticSquareFactor: 1))
        })
}
