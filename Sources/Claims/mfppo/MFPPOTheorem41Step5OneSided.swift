import Foundation
import GSLKit

extension MFPPOClaims {
    /// The same bound with r̄ as Assumption 2 prints it, one-sided: the smallest r̄ > 0 with r ≤ r̄,
    /// i.e. max r (or 0⁺ when every reward is ≤ 0).
    static let theorem41Step5OneSided = Claim(
        id: "mfppo.thm4.1/step5.oneSided", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4), with Assumption 2",
        statement: theorem41Step5Statement,
        reading: "r̄ as printed in Assumption 2, a one-sided bound r ≤ r̄: r̄ = max(max r, 0⁺).",
        hypotheses: "As mfppo.thm4.1/step1; rewards of either sign.",
        kind: .upperBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            let rBar = max(a.model.mdp.rewards.max()!, 0)
            var e = perIteration(a, .lessOrEqual, what: "‖Q^{π_k}‖∞") { k in (Vector.infinityNorm(a.run.critics[k]), rBar / (1 - a.gamma), "") }
            e.quantities.append(NamedValue("r̄ = max r (one-sided)", rBar))
            return e
        })
}
