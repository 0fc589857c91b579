import Foundation
import GSLKit
import Learners

extension MFPPOClaims {
    /// mfppo, proof sketch of Theorem 4.1: the three-point lemma in expectation under ν*, with the
    /// performance difference substituted on the left.
    static let theorem41Step3 = Claim(
        id: "mfppo.thm4.1/step3", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4), first display after the performance difference",
        statement: "(1 − γ){L(π*) − L(π_k)} ≤ v_k E_{ν*}{KL(π*‖π_k) − KL(π*‖π_{k+1}) − KL(π_{k+1}‖π_k)} + E_{ν*}⟨Q^{π_k}(s, d_S, ·), π_{k+1}(·|s, d_S) − π_k(·|s, d_S)⟩.",
        hypotheses: "As mfppo.thm4.1/step1; (1−γ)-scaled convention.",
        kind: .upperBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            return perIteration(a, .lessOrEqual, what: "(1−γ)·gap") { k in
                var rhs = 0.0
                for s in 0..<a.model.stateCount where a.reference.stationary[s] > 0 {
                    let pk = a.policy(k, s), pk1 = a.policy(k + 1, s), ps = a.optimal(s)
                    rhs += a.reference.stationary[s] * (a.run.proximity * (PolicyRows.kullbackLeibler(ps[...], pk[...]) - PolicyRows.kullbackLeibler(ps[...], pk1[...])
                                                                               - PolicyRows.kullbackLeibler(pk1[...], pk[...]))
                                                        + Vector.dot(a.critic(k, s), Vector.difference(pk1, pk)))
                }
                return ((1 - a.gamma) * a.gaps[k], rhs, "")
            }
        })
}
