import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Thm. 5.4 proof (App. A.9, Step 2), eq. (148), as printed: Prop. 5.2 at the new iterate.
    /// L exact; J^QV by quadrature.
    static let theorem54Step8 = theorem54Step8(
        id: "haqo.thm5.4/step8", statement: "Apply (148) at the new iterate for agent i: L^i(π_new^i) ≥ J_i^QV(θ_new^i) − ξ_i, ξ_i = O(ε_Q).",
        source: "Theorem 5.4 proof (App. A.9), eq. (148)",
        reading: "L^i of Prop. 5.2 (ρ^{π_old} normalised, Δ_m of π_(m−1)); J^QV of (5) with qadv; exact critic (ξ_i = 0)", withEntropy: false)
}
