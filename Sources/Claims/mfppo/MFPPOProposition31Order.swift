import Foundation
import GSLKit

extension MFPPOClaims {
    /// Proposition 3.1's second sentence read as a tight order: the search space grows like N^{|S|}
    /// (fitted log–log slope in N, 10² ≤ N ≤ 10⁴, |S| ∈ {2, 3, 4}).
    static let proposition31Order = Claim(
        id: "mfppo.prop3.1.order", paper: .mfppo, source: "Proposition 3.1 (Sec. 3), second sentence",
        statement: proposition31Statement,
        reading: "\"depends on N at the order of N^{|S|}\" as a tight order Θ(N^{|S|}).",
        hypotheses: "|S| ∈ {2, 3, 4} (|S| < N), |Ā| = 2^{|S|}; N ∈ [10², 10⁴], 9 log-spaced sizes.",
        kind: .rate,
        check: ClaimCheck(family: InstanceFamily(description: "|S| ∈ {2, 3, 4}") { rng in
            ClaimInstance(integers: ["localStates": rng.integer(in: 2...4)])
        }) { x in try orderObservation(x, kind: .exactly) },
        defaultInstances: 3)
}
