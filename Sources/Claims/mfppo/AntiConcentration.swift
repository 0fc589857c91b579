import Foundation
import GSLKit

/// The distribution of the network's input features (s, x, ā) of mfppo Sec. 4 under (s, d_S, ā) ~ ρ,
/// x ~ d_S, with the one-hot embedding (e_s, e_x, e_ā)/√3.
struct FeatureDistribution {
    /// p(z) over the features z = (s·k + x)·|Ā| + ā.
    let probabilities: [Double]
    let localStates: Int
    let actions: Int

    init(probabilities: [Double], localStates: Int, actions: Int) {
        self.probabilities = probabilities
        self.localStates = localStates
        self.actions = actions
    }

    init(problem: SemiGradientProblem) {
        var p = [Double](repeating: 0, count: problem.featureCount)
        for i in problem.sampling.indices where problem.sampling[i] > 0 {
            let e = problem.embedding(i / problem.actions, i % problem.actions)
            for z in e.indices { p[z] += problem.sampling[i] * e[z] }
        }
        probabilities = p
        localStates = problem.localStates
        actions = problem.actions
    }

    var dimension: Int { 2 * localStates + actions }

    /// The embedded vector of feature z.
    func vector(_ z: Int) -> [Double] {
        var v = [Double](repeating: 0, count: dimension)
        let a = z % actions, x = (z / actions) % localStates, s = z / (actions * localStates)
        let c = 1 / 3.0.squareRoot()
        v[s] += c; v[localStates + x] += c; v[2 * localStates + a] += c
        return v
    }
}

extension MFPPOClaims {
    static let assumption2Statement = "Reward function r(·) ≤ r̄ for some r̄ > 0. Additionally, there exists c > 0 such that E{1(|zᵀ(s, s', a)| ≤ t)} ≤ c · t/‖z‖₂ for any z ∈ ℝ^d and t > 0."

    static let featureFamily = EvaluationSetup.family("feature distributions of evaluation problems", realizable: false)
}

