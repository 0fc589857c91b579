import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Thm. 5.4 proof (App. A.9, Step 3), eq. (149), as printed: J^ent added to the right side of
    /// (148). L exact; J^QV, J^ent by quadrature.
    static let theorem54Step9 = theorem54Step8(
        id: "haqo.thm5.4/step9", statement: "Adding the (nonnegative) entropy surrogate: L^i(π_new^i) ≥ J_i^QV(θ_new^i) + J_i^ent(θ_new^i) − ξ_i.",
        source: "Theorem 5.4 proof (App. A.9), eq. (149)",
        reading: "as haqo.thm5.4/step8, with J^ent of (9) (α_i = 'alpha', U uniform on the embedded actions)", withEntropy: true)
}
