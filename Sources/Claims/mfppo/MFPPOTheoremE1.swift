import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Theorem E.1 (App. E): the T-dependence of the error of the averaged TD iterate against
    /// the projected fixed point F⁰_{β*} (E.12), with the population inputs (N → ∞) so that the N-term
    /// vanishes (it is checked by mfppo.thmE.1.N), width m = 64. Fitted slope in T ∈ [2⁹, 2¹⁷]: the
    /// error leaves its pre-asymptotic regime (directions of the linear TD system with eigenvalue
    /// below T^{-1/2} have not moved yet) only late, so the grid ends at 2¹⁷.
    static let theoremE1 = Claim(
        id: "mfppo.thmE.1", paper: .mfppo, source: "Theorem E.1 (App. E)",
        statement: theoremE1Statement,
        reading: "the T-dependence: O(R²T^{-1/2}) at fixed m, R, with population inputs (N → ∞); updates (E.3)–(E.4) with next-state features (s', d', ā').",
        hypotheses: theoremE1Hypotheses + " T = 2⁹ … 2¹⁷.",
        kind: .rate,
        check: ClaimCheck(family: theoremE1Family) { x in try theoremE1Rate(x, next: .nextState) },
        defaultInstances: 2)
}
