import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Lemma 4.3 (Sec. 4, imported from Liu et al. 2019a), eq. (4.3), as printed: ε_k, ε'_{k+1}
    /// the squared L² errors of Lemmas 4.1–4.2, |A| the local action set, φ* with per-state policy
    /// ratios. Measured at every k of tabular MF-PPO with injected errors of known size.
    static let lemma43 = Claim(
        id: "mfppo.lem4.3", paper: .mfppo, source: "Lemma 4.3 (Sec. 4), eq. (4.3); as (E.23) in the proof of Theorem 4.1",
        statement: lemma43Statement,
        reading: "Sec. 4 as printed: ε squared as defined, |A| = local actions, φ* with per-state ratios (π* − π_k)/π_0.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try lemma43Evaluation(x, .printed) })
}
