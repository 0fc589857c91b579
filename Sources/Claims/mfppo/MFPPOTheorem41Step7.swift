import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, proof sketch of Theorem 4.1: the per-iteration inequality of the ideal case.
    static let theorem41Step7 = Claim(
        id: "mfppo.thm4.1/step7", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4), recursion of the ideal case",
        statement: "(1 − γ){L(π*) − L(π_k)} ≤ v_k E_{ν*}{KL(π*(·|s, d_S) ‖ π_k(·|s, d_S)) − KL(π*(·|s, d_S) ‖ π_{k+1}(·|s, d_S))} + r̄²/(2v_k(1 − γ)²).",
        hypotheses: "As mfppo.thm4.1/step1; r̄ = max|r|; (1−γ)-scaled convention.",
        kind: .upperBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            let extra = a.rBar * a.rBar / (2 * a.run.proximity * pow(1 - a.gamma, 2))
            return perIteration(a, .lessOrEqual, what: "(1−γ)·gap") { k in
                ((1 - a.gamma) * a.gaps[k], a.run.proximity * (a.divergences[k] - a.divergences[k + 1]) + extra, "")
            }
        })
}
