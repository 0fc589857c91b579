import Foundation
import GSLKit

extension MFPPOClaims {
    /// The same identity with Q unscaled (Q = r + γPV, as in Kakade and Langford's unnormalised
    /// form) and L as in (4.1); then the left side equals L(π*) − L(π_k), without the (1−γ).
    static let theorem41Step2Unnormalized = Claim(
        id: "mfppo.thm4.1/step2.unnormalized", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4): performance difference",
        statement: theorem41Step2Statement,
        reading: "Q unscaled (Q = r + γ P V with V = E Σ γ^t r), L(π) = E_{ν*}[(1−γ)-scaled V^π] as in (4.1).",
        hypotheses: "As mfppo.thm4.1/step2.",
        kind: .identity,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            return perIteration(a, .equal, what: "performance difference") { k in
                (performanceDifference(a, k) / (1 - a.gamma), (1 - a.gamma) * a.gaps[k], "")
            }
        })
}
