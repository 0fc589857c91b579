import Foundation
import GSLKit

extension MFPPOClaims {
    static let lemma41Statement = "Under the same assumptions in Theorem 4.1, let Q^{π_k} denote the Q-function of policy π_k, let ε_k = E_{init,σ_k}(F^Q_{θ̄(T)}(·) − Q^{π_k}(·))² denote policy evaluation error, where θ̄(T) is the output of Algorithm 2, we have ε_k = O(R_Q²/T^{1/2} + R_Q^{5/2}/m_Q^{1/4} + R_Q²/N^{1/2} + R_Q³/m_Q^{1/2})."

    /// The T grid of the TD rate claims: 2⁸ … 2¹⁶ (η(1 − γ) − 6(1 + γ²)η² > 0 for γ ≤ 0.5 needs T > 225).
    static let tdSteps = (8...16).map { 1 << $0 }

    /// The exact T → ∞ limit of the linearised updates with N observed agents: the root w_N of the
    /// expected finite-N semi-gradient (the two N-sample means enter E[ĝ] through their covariance).
    static func sampleLimitObservation(_ problem: SemiGradientProblem, reference: [Double], yLabel: String) throws -> RateObservation {
        let sizes = (0...12).map { 1 << $0 }
        let errors = try sizes.map { n in SemiGradientProblem.meanSquare(problem.values(of: try problem.fixedPoint(samples: n)), reference, weights: problem.sampling) }
        return RateObservation(x: sizes.map(Double.init), y: errors, claimedExponent: -0.5, kind: .atMost, xLabel: "N (observed agents)", yLabel: yLabel)
    }
}

