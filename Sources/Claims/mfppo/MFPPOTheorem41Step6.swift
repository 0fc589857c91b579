import Foundation
import GSLKit
import Learners

extension MFPPOClaims {
    /// mfppo, proof sketch of Theorem 4.1: Pinsker, ‖Q‖∞ ≤ r̄/(1−γ) and −ax² + bx ≤ b²/(4a) give,
    /// per state, ⟨Q^{π_k}, π_{k+1} − π_k⟩ − v_k KL(π_{k+1}‖π_k) ≤ r̄²/(2v_k(1−γ)²).
    static let theorem41Step6 = Claim(
        id: "mfppo.thm4.1/step6", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4): −ax² + bx ≤ b²/(4a)",
        statement: "Pinsker's Inequality, combined with ‖Q^{π_k}(s, d_S, ·)‖∞ ≤ r̄/(1 − γ) and the basic inequality −ax² + bx ≤ b²/(4a) for a > 0, gives ⟨Q^{π_k}, π_{k+1} − π_k⟩ − v_k KL(π_{k+1}‖π_k) ≤ r̄²/(2v_k(1 − γ)²) at every (s, d_S).",
        hypotheses: "As mfppo.thm4.1/step1; r̄ = max|r|; every state, worst one per k.",
        kind: .upperBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            let bound = a.rBar * a.rBar / (2 * a.run.proximity * pow(1 - a.gamma, 2))
            return perIteration(a, .lessOrEqual, what: "⟨Q, π_{k+1} − π_k⟩ − v_k KL") { k in
                worstState(a, .lessOrEqual) { s in
                    let pk = a.policy(k, s), pk1 = a.policy(k + 1, s)
                    return (Vector.dot(a.critic(k, s), Vector.difference(pk1, pk)) - a.run.proximity * PolicyRows.kullbackLeibler(pk1[...], pk[...]), bound)
                }
            }
        })
}
