import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, proof of Theorem 4.1 (App. E): KL(π*‖π_0) for the uniform π_0 on the policy's action set
    /// Ā (the theorem's log|Ā|). π* deterministic (policy iteration), so the left side is log|Ā|.
    static let theorem41Step11 = Claim(
        id: "mfppo.thm4.1/step11", paper: .mfppo, source: "Theorem 4.1, proof (App. E), before (E.24)",
        statement: theorem41Step11Statement,
        reading: "A = Ā, the meta-action set on which π_0 is uniform (the theorem's log|Ā|).",
        hypotheses: "Mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, |Ā| = 4); π* by policy iteration.",
        kind: .upperBound,
        check: ClaimCheck(family: MeanFieldInstances.family("mean-field MDPs (G2)")) { x in try uniformKLEvaluation(x, metaActions: true) })
}
