import ExactSolvers
import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma C.3's bound as printed: ‖R_k^{1:m} − R‖_{2,D^m} = ‖f_k − T_{π_k} f_k‖_{2,D^m} ≤ ε_r = O(d log(nLR/δ)/((1−γ)²n)).
    /// Rate check with the hidden constant: the quantile divided by log(nLR/δ) against slope −1.
    static let lemmaC3Bound = Claim(
        id: "mappo.lemC.3.bound", paper: .mappo, source: "Lemma C.3 (App. C.2), bound",
        statement: lemmaC3BoundStatement,
        reading: "right side ε_r itself (as printed): the residual norm decays at least like log(n)/n",
        hypotheses: "Section5Instances; f the pessimistic estimate at λ(n) under π; 90% quantile over 40 data sets; n ∈ {100…10000}.",
        kind: .rate,
        check: ClaimCheck(family: Section5Instances.family()) { x in try lemmaC3Residuals(x, scaleBy: 1) })
}
