import Foundation
import GSLKit

extension HAQOClaims {
    /// haqo Prop. 5.3 proof, eq. (140): the joint entropy floor.
    static let proposition53Step13 = Claim(
        id: "haqo.prop5.3/step13", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (140)",
        statement: "Therefore, if each agent i enforces the entropy lower bound, then summing gives H(a|s) ≥ Σ_{i=1}^n (d_i/2) log(2πe σ_min²).",
        reading: "two agents with independent 1-D continuous laws; H(a|s) = H¹ + H² (eq. (139)); σ_min² := min_i λ_min(Σ^i), the largest common floor",
        hypotheses: continuousHypotheses + "; two agents ('' and '2')", kind: .lowerBound,
        check: ClaimCheck(family: ContinuousPolicyFamily.family(laws: ["", "2"])) { x in
            let a = try ContinuousPolicyFamily.law(x), b = try ContinuousPolicyFamily.law(x, suffix: "2")
            let ha = try a.differentialEntropy(), hb = try b.differentialEntropy()
            let floor = min(a.variance, b.variance)
            return Evaluation(measurements: [Measurement(lhs: ha.value + hb.value, .greaterOrEqual, rhs: log(2 * Double.pi * M_E * floor),
                                                         tolerance: Tolerance(4 * (ha.absoluteError + hb.absoluteError) + 1e-14, "quadrature of both entropies"))],
                              quantities: [NamedValue("H¹ + H²", ha.value + hb.value), NamedValue("σ_min²", floor)])
        },
        defaultInstances: 16)
}
