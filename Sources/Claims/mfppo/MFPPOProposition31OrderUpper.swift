import Foundation
import GSLKit

extension MFPPOClaims {
    /// The same sentence read as an upper bound O(N^{|S|}).
    static let proposition31OrderUpper = Claim(
        id: "mfppo.prop3.1.order.upper", paper: .mfppo, source: "Proposition 3.1 (Sec. 3), second sentence",
        statement: proposition31Statement,
        reading: "\"at the order of N^{|S|}\" as an upper bound O(N^{|S|}).",
        hypotheses: "As mfppo.prop3.1.order.",
        kind: .rate,
        check: ClaimCheck(family: InstanceFamily(description: "|S| ∈ {2, 3, 4}") { rng in
            ClaimInstance(integers: ["localStates": rng.integer(in: 2...4)])
        }) { x in try orderObservation(x, kind: .atMost) },
        defaultInstances: 3)
}
