import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Lemma E.4 (App. E.1), with ĝ built from F(s', **s**', ā') (the operator (E.2)): exact binomial
    /// expectation at one tuple, R = 1, 8 initialisations, N = 1 … 4096; fitted slope in N against −1.
    static let lemmaE4 = Claim(
        id: "mfppo.lemE.4", paper: .mfppo, source: "Lemma E.4 (App. E.1)",
        statement: lemmaE4Statement,
        reading: "δ̂ with the next-value term F(s', **s**', ā') (the operator (E.2); Sec. 3's TD update).",
        hypotheses: "Evaluation problems on mean-field MDPs (as mfppo.thmE.1, k = 2); one tuple (x, ā) ~ σ_k, (x', ā') ~ Pπ; m = 64, β = β(0) + u (R = 1); N = 1, 2, 4, …, 4096; 8 initialisations.",
        kind: .rate,
        check: ClaimCheck(family: varianceFamily) { x in try lemmaE4Observation(x, ownState: false) },
        defaultInstances: 2)
}
