import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Theorem 4.1 (Sec. 4), first display, with inexact evaluation and improvement:
    /// tabular MF-PPO with injected critic and actor errors of known size, the combined errors of
    /// Lemma 4.3 as printed (Sec. 4), the sum from k = 1 as printed, M as in mfppo.lem4.3.
    static let theorem41Inexact = Claim(
        id: "mfppo.thm4.1.inexact", paper: .mfppo, source: "Theorem 4.1 (Sec. 4), first display; (E.24)",
        statement: theorem41Statement,
        reading: "inexact critic and actor (injected errors); ε_k, ε'_k Lemma 4.3's combined errors as printed in Sec. 4; the sum from k = 1 as printed.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try inexactTheoremEvaluation(x, firstIndex: 1, reading: .printed) })
}
