import ExactSolvers
import GSLKit
import MarkovGames

extension MFPPOClaims {
    /// V_1 … V_K of the recursion V_1 = R^ν, V_k = R^ν + γ P^ν V_{k−1} (unscaled, as printed).
    static func kStepValues(_ values: PopulationPolicyValues, steps: Int) -> [[Double]] {
        let r = values.expectedReward, p = values.stateTransitions, gamma = values.mdp.gamma
        var out = [r]
        while out.count < steps {
            let next = p.times(out.last!)
            out.append(r.indices.map { r[$0] + gamma * next[$0] })
        }
        return out
    }
}

