import Foundation
import GSLKit

extension HAQOClaims {
    /// haqo Prop. 5.3 proof, eq. (120): the maximum-entropy upper bound.
    static let proposition53Step2 = Claim(
        id: "haqo.prop5.3/step2", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (120)",
        statement: "Among all distributions with fixed covariance Σ_s^i, the Gaussian maximizes entropy, yielding H(A^i|s) ≤ ½ log((2πe)^{d_i} det Σ_s^i), with equality iff A^i|s is Gaussian.",
        hypotheses: continuousHypotheses, kind: .upperBound,
        check: ClaimCheck(family: ContinuousPolicyFamily.family()) { x in
            let law = try ContinuousPolicyFamily.law(x)
            let (m, q) = try entropyFloorMeasurement(law, floor: law.variance)
            return Evaluation(measurements: [Measurement(lhs: m.lhs, .lessOrEqual, rhs: m.rhs, tolerance: m.tolerance)], quantities: q)
        },
        defaultInstances: 16)
}
