import Foundation
import GSLKit

extension MFPPOClaims {
    /// A mean-field MDP with a random policy given by its logits ("policyLogits", |X|·|Ā| reals ~ N(0, 2²)).
    static let meanFieldWithPolicy = MeanFieldInstances.family(
        "mean-field MDPs (G2) with a random policy π (row softmax of N(0, 4) logits)",
        searchVectors: ["policyLogits": false],
        admissible: { x in
            guard let l = x.vectors["policyLogits"], let m = try? MeanFieldInstances.model(x), l.count == m.stateCount * m.actionCount else {
                return "policyLogits must have |X|·|Ā| entries"
            }
            return nil
        },
        extra: { rng, x in
            let m = try MeanFieldInstances.model(x)
            x.vectors["policyLogits"] = (0..<(m.stateCount * m.actionCount)).map { _ in rng.normal(standardDeviation: 2) }
        })

    static func policy(of x: ClaimInstance, model: MeanFieldMDP) throws -> [Double] {
        PolicyRows.energyPolicy(try x.vector("policyLogits"), temperature: 1, actions: model.actionCount)
    }

    /// mfppo, eq. (4.1) (Sec. 4): L(π) = E_{ν*}[V^π(s, d_S)] = E_{ν*}{⟨Q^π(·|s, d_S), π(·|s, d_S)⟩}, with
    /// V, Q (1−γ)-scaled and ν* the stationary distribution of π*. Measured: both sides for a random π.
    static let equation41 = Claim(
        id: "mfppo.eq4.1", paper: .mfppo, source: "Eq. (4.1) (Sec. 4)",
        statement: "L(π) = E_{ν*}[V^π(s, d_S)] = E_{ν*}{⟨Q^π(·|s, d_S), π(·|s, d_S)⟩}, where ν* is the stationary state distribution of the optimal policy π*.",
        hypotheses: "Mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, γ ∈ [0.3, 0.9]); π a random policy; V, Q (1−γ)-scaled.",
        kind: .identity,
        check: ClaimCheck(family: meanFieldWithPolicy) { x in
            let model = try MeanFieldInstances.model(x)
            let reference = try OptimalReference(mdp: model.mdp)
            let pi = try policy(of: x, model: model)
            let values = try NormalizedValues(mdp: model.mdp, policy: pi)
            let viaQ = model.mdp.stateValues(actionValues: values.actionValues, policy: pi)
            return Evaluation(
                measurements: [Measurement("E_{ν*} V^π = E_{ν*}⟨Q^π, π⟩", lhs: values.objective(weights: reference.stationary), .equal,
                                           rhs: Vector.dot(reference.stationary, viaQ),
                                           tolerance: .discounted(model.mdp, scale: model.maxAbsoluteReward, solves: 2, what: "V^π, Q^π"))],
                quantities: [NamedValue("L(π*)", reference.optimalObjective), NamedValue("|X|", Double(model.stateCount))])
        })

    /// mfppo, Sec. 4 after (4.1): "L(π*) = E_{ν*}[V^{π*}(s, d_S)] ≥ E_{ν*}[V^π(s, d_S)] = L(π), for any policy π".
    static let equation41Optimality = Claim(
        id: "mfppo.eq4.1.optimality", paper: .mfppo, source: "Sec. 4, after eq. (4.1)",
        statement: "Note that we have: L(π*) = E_{ν*}[V^{π*}(s, d_S)] ≥ E_{ν*}[V^π(s, d_S)] = L(π), for any policy π.",
        hypotheses: "As mfppo.eq4.1; π* by policy iteration; the search may move the MDP, γ and π.",
        kind: .lowerBound,
        check: ClaimCheck(family: meanFieldWithPolicy) { x in
            let model = try MeanFieldInstances.model(x)
            let reference = try OptimalReference(mdp: model.mdp)
            let values = try NormalizedValues(mdp: model.mdp, policy: try policy(of: x, model: model))
            return Evaluation(
                measurements: [Measurement("L(π*) ≥ L(π)", lhs: reference.optimalObjective, .greaterOrEqual, rhs: values.objective(weights: reference.stationary),
                                           tolerance: .discounted(model.mdp, scale: model.maxAbsoluteReward, solves: 3, what: "V*, ν*, V^π"))],
                quantities: [NamedValue("r̄", model.maxAbsoluteReward)])
        })
}
