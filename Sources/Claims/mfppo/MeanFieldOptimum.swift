import ExactSolvers
import GSLKit

/// π*, its stationary state distribution ν* and L(π*) = E_{ν*} V^{π*} (mfppo eq. (4.1)), in the
/// (1−γ)-scaled convention.
///
/// π* is the deterministic optimal policy of Howard's policy iteration; ν* solves ν*ᵀP_{π*} = ν*ᵀ
/// (unique when P_{π*} has one closed class — the mean-field test beds have full-support kernels,
/// so every chain is irreducible; otherwise the solver says which classes it found).
struct MeanFieldOptimum {
    /// π*(ā|x), flat [x][ā] (one-hot rows).
    let policy: [Double]
    /// ν*(x).
    let stationary: [Double]
    /// (1−γ)-scaled V^{π*}, Q^{π*}.
    let values: NormalizedEvaluation

    init(mdp: FiniteMDP) throws {
        let optimum = try mdp.policyIteration()
        policy = mdp.deterministicPolicy(optimum.actions)
        stationary = try mdp.stationaryDistribution(policy: policy)
        values = try mdp.normalizedEvaluation(policy: policy)
    }

    /// L(π*) = Σ_x ν*(x) V^{π*}(x).
    var optimalObjective: Double { values.objective(weights: stationary) }

    /// σ*(x, ā) = ν*(x) π*(ā|x), flat [x][ā].
    var stateActionDistribution: [Double] {
        let nA = policy.count / stationary.count
        return policy.indices.map { stationary[$0 / nA] * policy[$0] }
    }
}
