import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MFPPOClaims {
    /// mfppo, proof of Proposition 2.1 (App. C): "V^ν = lim V_k^ν", with V^ν the value defined in
    /// Sec. 2, V^ν(s) = (1−γ)E Σ_t γ^t r. The k-step values as printed (V_1 = R^ν, no (1−γ)) converge
    /// to the unscaled V_u = V^ν/(1−γ). Measured: V_K at the worst state against V^ν, K large enough
    /// that the tail γ^K‖R‖/(1−γ) is below round-off.
    static let proposition21bStep3 = Claim(
        id: "mfppo.prop2.1b/step3", paper: .mfppo, source: "Proposition 2.1, proof (App. C), limit of the k-step values",
        statement: proposition21bStep3Statement,
        reading: "V^ν as defined in Sec. 2, (1−γ)-scaled; V_k^ν as printed (unscaled recursion).",
        hypotheses: "As mfppo.prop2.1b; K = ⌈log 1e-17 / log γ⌉ + 1 recursion steps.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.withInvariantPolicy) { x in
            try limitEvaluation(x, scaled: true)
        })
}
