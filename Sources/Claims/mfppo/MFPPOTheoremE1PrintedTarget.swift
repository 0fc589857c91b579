import Foundation
import GSLKit

extension MFPPOClaims {
    /// The same with the TD target as printed in Algorithm 2 and in δ̂ of App. E: F(s, **s**', ā'), the
    /// current local state s with the next population (against F⁰_{β*} of the operator (E.2)).
    static let theoremE1PrintedTarget = Claim(
        id: "mfppo.thmE.1.printedTarget", paper: .mfppo, source: "Theorem E.1 (App. E); Algorithm 2 and δ̂ (App. A, E) as printed",
        statement: theoremE1Statement,
        reading: "updates with the next-value term F(s, **s**', ā') as printed in Algorithm 2 and in δ̂ (the old local state s).",
        hypotheses: theoremE1Hypotheses + " T = 2⁹ … 2¹⁷.",
        kind: .rate,
        check: ClaimCheck(family: theoremE1Family) { x in try theoremE1Rate(x, next: .ownState) },
        defaultInstances: 2)
}
