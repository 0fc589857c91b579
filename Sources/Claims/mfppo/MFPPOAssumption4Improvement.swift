import Foundation
import GSLKit

extension MFPPOClaims {
    /// The Remark as printed, improvement step: ξ the (3.2) target, (τ₁, τ₂, τ₃) = (0, 0, r̄²).
    static let assumption4Improvement = Claim(
        id: "mfppo.asmE.4.improvement", paper: .mfppo, source: "Assumption 4 and its Remark (App. E.1)",
        statement: assumption4Statement,
        reading: "the Remark as printed for policy improvement: ξ = τ_{k+1}(v_k^{-1}F^Q_{θ_k} + τ_k^{-1}F^A_{α_k}), (τ₁, τ₂, τ₃) = (0, 0, r̄²).",
        hypotheses: "Mean-field MDPs (G2, rewards in [−1, 1]); shared width-64 initialisation; θ_k, α_k at distance R ∈ [0.01, 2] from it (random or output-raising direction); k ∈ {1, …, 5}; every (s, d, ā).",
        kind: .upperBound,
        check: ClaimCheck(family: assumption4Family) { x in try assumption4Evaluation(x, improvement: true) { m in (0, 0, m.maxAbsoluteReward * m.maxAbsoluteReward) } })
}
