import ExactSolvers
import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, eq. (4.1) (Sec. 4): L(π) = E_{ν*}[V^π(s, d_S)] = E_{ν*}{⟨Q^π(·|s, d_S), π(·|s, d_S)⟩}, with
    /// V, Q (1−γ)-scaled and ν* the stationary distribution of π*. Measured: both sides for a random π.
    static let equation41 = Claim(
        id: "mfppo.eq4.1", paper: .mfppo, source: "Eq. (4.1) (Sec. 4)",
        statement: "L(π) = E_{ν*}[V^π(s, d_S)] = E_{ν*}{⟨Q^π(·|s, d_S), π(·|s, d_S)⟩}, where ν* is the stationary state distribution of the optimal policy π*.",
        hypotheses: "Mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, γ ∈ [0.3, 0.9]); π a random policy; V, Q (1−γ)-scaled.",
        kind: .identity,
        check: ClaimCheck(family: meanFieldWithPolicy) { x in
            let model = try MeanFieldInstances.model(x)
            let reference = try MeanFieldOptimum(mdp: model.mdp)
            let pi = try policy(of: x, model: model)
            let values = try model.mdp.normalizedEvaluation(policy: pi)
            let viaQ = model.mdp.stateValues(actionValues: values.actionValues, policy: pi)
            return Evaluation(
                measurements: [Measurement("E_{ν*} V^π = E_{ν*}⟨Q^π, π⟩", lhs: values.objective(weights: reference.stationary), .equal,
                                           rhs: Vector.dot(reference.stationary, viaQ),
                                           tolerance: .discounted(model.mdp, scale: model.maxAbsoluteReward, solves: 2, what: "V^π, Q^π"))],
                quantities: [NamedValue("L(π*)", reference.optimalObjective), NamedValue("|X|", Double(model.stateCount))])
        })
}
