import ExactSolvers
import GSLKit

/// mfppo's (1−γ)-scaled values (Sec. 2): V^π = (1−γ)·E Σ_t γ^t r and
/// Q^π(x, ā) = (1−γ)·r(x, ā) + γ Σ_{x'} P(x'|x, ā) V^π(x'), so |V|, |Q| ≤ max |r|.
///
/// Computed from one exact evaluation of the plain discounted MDP (`PolicyEvaluation`) and the
/// factor (1−γ). (ExactSolvers' `NormalizedEvaluation` on branch `solvers` does the same for a
/// `Game`; this one works on any `FiniteMDP`, e.g. the mean-field MDP, and can be replaced by it.)
struct NormalizedValues {
    /// (1−γ)·V^π(x).
    let values: [Double]
    /// (1−γ)·Q^π(x, ā), flat [x][ā].
    let actionValues: [Double]
    /// The absolute error these values may carry: (1−γ)·κ∞·8|X|ε·‖V‖ (`DiscountedTolerance`).
    let errorBound: Double

    init(mdp: FiniteMDP, policy: [Double]) throws {
        let evaluation = try PolicyEvaluation(mdp: mdp, policy: policy)
        let scale = 1 - mdp.gamma
        values = evaluation.values.map { scale * $0 }
        actionValues = evaluation.actionValues.map { scale * $0 }
        errorBound = scale * evaluation.forwardErrorBound
    }

    /// L(π) = Σ_x w(x) V^π(x) (eq. (4.1) for w = ν*).
    func objective(weights w: [Double]) -> Double { Vector.dot(w, values) }
}
