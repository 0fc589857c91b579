import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Assumption 3 (App. E.1).
    static let assumption3 = Claim(
        notCheckable: "mfppo.asmE.3", paper: .mfppo, source: "Assumption 3 (App. E.1)",
        statement: "We assume ‖(s, x, ā)‖₂ ≤ 1 for all (s, x, ā) ∈ S × S × A.",
        reason: "A requirement on the feature embedding the user chooses, not a statement about mean-field MDPs; MARLCheck's embedding (e_s, e_x, e_ā)/√3 has norm exactly 1 (checked in MFPPOClaimsTests), and every network claim uses it.")
}
