import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, proof sketch of Theorem 4.1: the performance difference (Kakade and Langford 2002,
    /// Lemma 6.1) with ν* stationary for π* and the paper's (1−γ)-scaled V and Q. Identity per k.
    static let theorem41Step2 = Claim(
        id: "mfppo.thm4.1/step2", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4): performance difference",
        statement: theorem41Step2Statement,
        reading: "V, Q, L in the paper's (1−γ)-scaled convention.",
        hypotheses: "As mfppo.thm4.1/step1; ν* the stationary distribution of π*.",
        kind: .identity,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            return perIteration(a, .equal, what: "performance difference") { k in
                (performanceDifference(a, k), (1 - a.gamma) * a.gaps[k], "")
            }
        })
}
