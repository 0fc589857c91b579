import Foundation
import GSLKit

extension MFPPOClaims {
    /// The same with the errors entering as RMS values (the reading mfppo.lem4.3.sqrt), sum from k = 0.
    static let theorem41InexactSqrt = Claim(
        id: "mfppo.thm4.1.inexact.sqrt", paper: .mfppo, source: "Theorem 4.1 (Sec. 4); proof (E.23)–(E.24)",
        statement: theorem41Statement,
        reading: "combined errors built from √ε_k, √ε'_{k+1} (as mfppo.lem4.3.sqrt), sum from k = 0.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in
            try inexactTheoremEvaluation(x, firstIndex: 0, reading: Lemma43Reading(squaredErrors: false))
        })
}
