import ExactSolvers
import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Sec. 4 after (4.1): "L(π*) = E_{ν*}[V^{π*}(s, d_S)] ≥ E_{ν*}[V^π(s, d_S)] = L(π), for any policy π".
    static let equation41Optimality = Claim(
        id: "mfppo.eq4.1.optimality", paper: .mfppo, source: "Sec. 4, after eq. (4.1)",
        statement: "Note that we have: L(π*) = E_{ν*}[V^{π*}(s, d_S)] ≥ E_{ν*}[V^π(s, d_S)] = L(π), for any policy π.",
        hypotheses: "As mfppo.eq4.1; π* by policy iteration; the search may move the MDP, γ and π.",
        kind: .lowerBound,
        check: ClaimCheck(family: meanFieldWithPolicy) { x in
            let model = try MeanFieldInstances.model(x)
            let reference = try MeanFieldOptimum(mdp: model.mdp)
            let values = try model.mdp.normalizedEvaluation(policy: try policy(of: x, model: model))
            return Evaluation(
                measurements: [Measurement("L(π*) ≥ L(π)", lhs: reference.optimalObjective, .greaterOrEqual, rhs: values.objective(weights: reference.stationary),
                                           tolerance: .discounted(model.mdp, scale: model.maxAbsoluteReward, solves: 3, what: "V*, ν*, V^π"))],
                quantities: [NamedValue("r̄", model.maxAbsoluteReward)])
        })
}
