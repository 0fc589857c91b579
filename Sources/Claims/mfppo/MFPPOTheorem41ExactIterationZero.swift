import Foundation
import GSLKit

extension MFPPOClaims {
    /// The same display with θ_0 read as the critic of outer iteration 0 (θ_k is the critic of
    /// iteration k in Alg. 1): M = E_{ν*} max_ā Q^{π_0}(x, ā)² + 2R_A², and R_A = 0 (a tabular actor
    /// has no ball).
    static let theorem41ExactIterationZero = Claim(
        id: "mfppo.thm4.1.exact.iterationZero", paper: .mfppo, source: "Theorem 4.1 (Sec. 4), first display",
        statement: theorem41Statement,
        reading: "exact critic and actor; F_{θ_0} = the critic of outer iteration 0 (Q^{π_0}), R_A = 0: M = E_{ν*} max_ā Q^{π_0}(x, ā)².",
        hypotheses: "As mfppo.thm4.1.exact.",
        kind: .upperBound,
        check: ClaimCheck(family: exactTheoremFamily) { x in
            try exactTheoremEvaluation(x, reading: "M = E max Q_0²") { a in
                criticSquareMean(a.run.critics[0], weights: a.reference.stationary, actions: a.actions)
            }
        })
}
