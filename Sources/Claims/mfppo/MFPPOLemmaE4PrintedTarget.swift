import Foundation
import GSLKit

extension MFPPOClaims {
    /// The same with δ̂ as printed in App. E: F(s, **s**', ā') (the current local state s).
    static let lemmaE4PrintedTarget = Claim(
        id: "mfppo.lemE.4.printedTarget", paper: .mfppo, source: "Lemma E.4 (App. E.1), with δ̂ as printed in App. E",
        statement: lemmaE4Statement,
        reading: "δ̂ as printed in App. E: next-value term F(s, **s**', ā'), compared with g built from F(s', d'_S, ā').",
        hypotheses: "As mfppo.lemE.4.",
        kind: .rate,
        check: ClaimCheck(family: varianceFamily) { x in try lemmaE4Observation(x, ownState: true) },
        defaultInstances: 2)
}
