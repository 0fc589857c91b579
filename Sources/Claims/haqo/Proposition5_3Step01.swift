import Foundation
import GSLKit

extension HAQOClaims {
    /// haqo Prop. 5.3 proof, eq. (118): the claimed covariance entropy lower bound (1-D: det Σ = Var).
    static let proposition53Step1 = proposition53Floor(
        id: "haqo.prop5.3/step1", source: "Proposition 5.3 proof (App. A.8), eq. (118)",
        statement: "The surrogate (9) is motivated by the Gaussian (and more generally, covariance) entropy lower bound: H(A^i|s) ≥ ½ log((2πe)^{d_i} det Σ_s^i) ≥ (d_i/2) log(2πe) + ½ log det Σ_s^i.",
        reading: "the first inequality, in 1-D (det Σ = Var)",
        floor: { $0.variance })
}
