import ExactSolvers
import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma C.3's bound, second reading: right side √ε_r (the garbled right side read as the
    /// square-root scale Lemma C.2 gives for the same norm).
    static let lemmaC3BoundSqrt = Claim(
        id: "mappo.lemC.3.bound.sqrt", paper: .mappo, source: "Lemma C.3 (App. C.2), bound",
        statement: lemmaC3BoundStatement,
        reading: "right side √ε_r: the residual norm decays at least like sqrt(log(n)/n)",
        hypotheses: "As mappo.lemC.3.bound; the quantile divided by sqrt(log(nLR/δ)) against slope −1/2.",
        kind: .rate,
        check: ClaimCheck(family: Section5Instances.family()) { x in try lemmaC3Residuals(x, scaleBy: 0.5) })
}
