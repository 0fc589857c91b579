import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Theorem 4.1 (Sec. 4), first display, with exact evaluation and improvement
    /// (ε_k = ε'_k = 0: the critic is Q^{π_k} and the actor the exact target of (3.2)), in the
    /// (1−γ)-scaled convention, with M read as what its printed form supplies to the proof: a bound
    /// on ½ E_{ν*} max_ā (critic)² at every iteration (F_{θ_k} ≤ |F_{θ_0}| + R gives
    /// F²_{θ_k} ≤ 2M, and the Pinsker step needs ½E‖critic‖²∞). With an exact critic that is
    /// M = ½ max_{k<K} E_{ν*} max_ā Q^{π_k}(x, ā)², the smallest M the printed form can take.
    /// One measurement per K ∈ {1, 4, 16, 64} (separate runs).
    static let theorem41Exact = Claim(
        id: "mfppo.thm4.1.exact", paper: .mfppo, source: "Theorem 4.1 (Sec. 4), first display; proof (E.23)–(E.24) in App. E",
        statement: theorem41Statement,
        reading: "exact critic and actor (ε_k = ε'_k = 0); M = ½ max_k E_{ν*} max_ā Q^{π_k}(x, ā)² (the bound on the squared critic that M's printed form provides).",
        hypotheses: "Mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states, 2 local actions, |Ā| = 4, γ ∈ [0.3, 0.9], rewards in [−1, 1]); v ∈ [0.02, 5]; K ∈ {1, 4, 16, 64}; π* by policy iteration, ν* its stationary distribution; V, Q, L (1−γ)-scaled.",
        kind: .upperBound,
        check: ClaimCheck(family: exactTheoremFamily) { x in
            try exactTheoremEvaluation(x, reading: "M = ½ max_k E max Q_k²") { a in
                0.5 * a.run.critics.map { q in criticSquareMean(q, weights: a.reference.stationary, actions: a.actions) }.max()!
            }
        })
}
