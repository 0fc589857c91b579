import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, proof sketch of Theorem 4.1: the bound on the critic, with r̄ = max|r| (Assumption 2
    /// read two-sided, as the proofs use it) and the (1−γ)-scaled Q (for which |Q| ≤ r̄ already).
    static let theorem41Step5 = Claim(
        id: "mfppo.thm4.1/step5", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4), with Assumption 2",
        statement: theorem41Step5Statement,
        reading: "r̄ = max |r| (a bound on |r|); Q (1−γ)-scaled.",
        hypotheses: "As mfppo.thm4.1/step1; rewards of either sign.",
        kind: .upperBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            return perIteration(a, .lessOrEqual, what: "‖Q^{π_k}‖∞") { k in (Vector.infinityNorm(a.run.critics[k]), a.rBar / (1 - a.gamma), "") }
        })
}
