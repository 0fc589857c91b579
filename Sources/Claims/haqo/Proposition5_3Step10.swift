import Foundation
import GSLKit

extension HAQOClaims {
    /// haqo Prop. 5.3 proof (App. A.8, Step 3), eq. (137), as printed: a trace floor from W₂. Tr Σ_θ and
    /// W₂ by quadrature (quantile coupling in 1-D).
    static let proposition53Step10 = proposition53TraceFloor(
        id: "haqo.prop5.3/step10", source: "Proposition 5.3 proof (App. A.8), eq. (137)",
        statement: "Therefore, Tr Σ_{θ,s}^i ≥ Tr Σ_U^i − 2D_i W₂(P_θ, P_U).", reconstructionForm: false)
}
