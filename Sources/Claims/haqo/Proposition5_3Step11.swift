import Foundation
import GSLKit

extension HAQOClaims {
    /// haqo Prop. 5.3 proof (App. A.8, Step 3), eq. (138), as printed ('≳' read as ≥): the trace floor
    /// from the reconstruction error. Tr Σ_θ and E‖â − ã‖² by quadrature.
    static let proposition53Step11 = proposition53TraceFloor(
        id: "haqo.prop5.3/step11", source: "Proposition 5.3 proof (App. A.8), eq. (138)",
        statement: "Since W₂²(P_θ, P_U) ≤ E‖â_{θ^i} − ã^i‖², it follows that Tr Σ_{θ,s}^i ≳ Tr Σ_U^i − 2D_i √(E‖â_{θ^i} − ã^i‖²).", reconstructionForm: true)
}
