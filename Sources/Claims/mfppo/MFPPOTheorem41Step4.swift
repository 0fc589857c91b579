import Foundation
import GSLKit
import Learners

extension MFPPOClaims {
    /// mfppo, proof sketch of Theorem 4.1: Pinsker's inequality for consecutive iterates.
    static let theorem41Step4 = Claim(
        id: "mfppo.thm4.1/step4", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4): Pinsker's inequality",
        statement: "Pinsker's Inequality KL(π_{k+1}(·|s, d_S) ‖ π_k(·|s, d_S)) ≥ ½‖π_{k+1} − π_k‖₁².",
        hypotheses: "As mfppo.thm4.1/step1; every state, worst one per k.",
        kind: .lowerBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            return perIteration(a, .greaterOrEqual, what: "KL(π_{k+1}‖π_k)") { k in
                worstState(a, .greaterOrEqual) { s in
                    let pk = a.policy(k, s), pk1 = a.policy(k + 1, s)
                    return (PolicyRows.kullbackLeibler(pk1[...], pk[...]), 0.5 * pow(2 * PolicyRows.divergences(pk1[...], pk[...]).totalVariation, 2))
                }
            }
        })
}
