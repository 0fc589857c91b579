import Foundation
import GSLKit

extension MFPPOClaims {
    /// The same with the sum from k = 0, as the telescoping of (4.3) from k = 0 produces.
    static let theorem41InexactFromZero = Claim(
        id: "mfppo.thm4.1.inexact.fromZero", paper: .mfppo, source: "Theorem 4.1 (Sec. 4); proof (E.23)–(E.24)",
        statement: theorem41Statement,
        reading: "as mfppo.thm4.1.inexact with the sum Σ_{k=0}^{K−1} (the telescoping of (4.3) starts at k = 0).",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try inexactTheoremEvaluation(x, firstIndex: 0, reading: .printed) })
}
