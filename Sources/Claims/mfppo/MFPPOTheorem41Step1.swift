import Foundation
import GSLKit
import Learners

extension MFPPOClaims {
    /// mfppo, proof sketch of Theorem 4.1 (Sec. 4): the three-point lemma (Chen and Teboulle, 1993)
    /// for the exact update (4.2), at every state and iteration. For π_{k+1} ∝ π_k exp(Q^{π_k}/v_k)
    /// it holds with equality (log π_{k+1} − log π_k = Q/v_k − log Z), so the margin is round-off.
    static let theorem41Step1 = Claim(
        id: "mfppo.thm4.1/step1", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4): three-point lemma",
        statement: "For all (s, d_S): ⟨Q^{π_k}(s, d_S, ·), π*(·|s, d_S) − π_k(·|s, d_S)⟩ ≤ v_k{KL(π*‖π_k) − KL(π*‖π_{k+1}) − KL(π_{k+1}‖π_k)} + ⟨Q^{π_k}(s, d_S, ·), π_{k+1}(·|s, d_S) − π_k(·|s, d_S)⟩.",
        hypotheses: "Exact tabular MF-PPO (ε_k = ε'_{k+1} = 0) on mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, γ ∈ [0.3, 0.9]); v ∈ [0.05, 5], K ∈ {2, …, 32}, v_k = v√K; Q (1−γ)-scaled; every state, worst one per k.",
        kind: .upperBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            return perIteration(a, .lessOrEqual, what: "three-point terms") { k in
                worstState(a, .lessOrEqual) { s in
                    let q = a.critic(k, s), pk = a.policy(k, s), pk1 = a.policy(k + 1, s), ps = a.optimal(s)
                    let lhs = Vector.dot(q, Vector.difference(ps, pk))
                    let rhs = a.run.proximity * (PolicyRows.kullbackLeibler(ps[...], pk[...]) - PolicyRows.kullbackLeibler(ps[...], pk1[...])
                                                 - PolicyRows.kullbackLeibler(pk1[...], pk[...]))
                        + Vector.dot(q, Vector.difference(pk1, pk))
                    return (lhs, rhs)
                }
            }
        })
}
