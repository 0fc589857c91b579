import Foundation
import GSLKit

extension MFPPOClaims {
    /// The Remark as printed, evaluation step: ξ = r with (τ₁, τ₂, τ₃) = (4, 4, 0).
    static let assumption4Evaluation = Claim(
        id: "mfppo.asmE.4.evaluation", paper: .mfppo, source: "Assumption 4 and its Remark (App. E.1)",
        statement: assumption4Statement,
        reading: "the Remark as printed for policy evaluation: ξ = r, (τ₁, τ₂, τ₃) = (4, 4, 0).",
        hypotheses: "Mean-field MDPs (G2, rewards in [−1, 1]); a width-64 network at Gaussian initialisation; R ∈ [0.01, 2] log-uniform; every (s, d, ā).",
        kind: .upperBound,
        check: ClaimCheck(family: assumption4Family) { x in try assumption4Evaluation(x, improvement: false) { _ in (4, 4, 0) } })
}
