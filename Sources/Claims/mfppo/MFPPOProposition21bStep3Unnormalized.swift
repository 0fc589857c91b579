import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MFPPOClaims {
    /// The same step with V^ν read unscaled (V_u = E Σ γ^t r), the limit of the printed recursion.
    static let proposition21bStep3Unnormalized = Claim(
        id: "mfppo.prop2.1b/step3.unnormalized", paper: .mfppo, source: "Proposition 2.1, proof (App. C), limit of the k-step values",
        statement: proposition21bStep3Statement,
        reading: "V^ν unscaled, E Σ_t γ^t r (not the Sec. 2 convention).",
        hypotheses: "As mfppo.prop2.1b/step3.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.withInvariantPolicy) { x in
            try limitEvaluation(x, scaled: false)
        })
}
