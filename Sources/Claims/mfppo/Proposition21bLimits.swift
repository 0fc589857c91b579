import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MFPPOClaims {
    static let proposition21bStep3Statement = "From V^ν = lim_{k→∞} V_k^ν, we can conclude that V^ν is also permutation invariant."

    /// The number of recursion steps after which γ^K·‖R^ν‖/(1−γ) is below round-off of V.
    static func limitSteps(gamma: Double) -> Int { gamma == 0 ? 1 : Int((log(1e-17) / log(gamma)).rounded(.up)) + 1 }

    /// mfppo, proof of Proposition 2.1 (App. C): "V^ν = lim V_k^ν", with V^ν the value defined in
    /// Sec. 2, V^ν(s) = (1−γ)E Σ_t γ^t r. The k-step values as printed (V_1 = R^ν, no (1−γ)) converge
    /// to the unscaled V_u = V^ν/(1−γ). Measured: V_K at the worst state against V^ν, K large enough
    /// that the tail γ^K‖R‖/(1−γ) is below round-off.
    static let proposition21bStep3 = Claim(
        id: "mfppo.prop2.1b/step3", paper: .mfppo, source: "Proposition 2.1, proof (App. C), limit of the k-step values",
        statement: proposition21bStep3Statement,
        reading: "V^ν as defined in Sec. 2, (1−γ)-scaled; V_k^ν as printed (unscaled recursion).",
        hypotheses: "As mfppo.prop2.1b; K = ⌈log 1e-17 / log γ⌉ + 1 recursion steps.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.withInvariantPolicy) { x in
            try limitEvaluation(x, scaled: true)
        })

    /// The same step with V^ν read unscaled (V_u = E Σ γ^t r), the limit of the printed recursion.
    static let proposition21bStep3Unnormalized = Claim(
        id: "mfppo.prop2.1b/step3.unnormalized", paper: .mfppo, source: "Proposition 2.1, proof (App. C), limit of the k-step values",
        statement: proposition21bStep3Statement,
        reading: "V^ν unscaled, E Σ_t γ^t r (not the Sec. 2 convention).",
        hypotheses: "As mfppo.prop2.1b/step3.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.withInvariantPolicy) { x in
            try limitEvaluation(x, scaled: false)
        })

    private static func limitEvaluation(_ x: ClaimInstance, scaled: Bool) throws -> Evaluation {
        let g = try x.requireGame()
        let values = try PopulationPolicyValues(game: g, policy: try x.policy("nu"))
        let steps = limitSteps(gamma: g.gamma)
        let vK = kStepValues(values, steps: steps).last!
        let target = scaled ? values.scaledValues : values.evaluation.values
        let worst = vK.indices.max { abs(vK[$0] - target[$0]) < abs(vK[$1] - target[$1]) }!
        let tail = pow(g.gamma, Double(steps)) * Vector.infinityNorm(values.expectedReward) / (1 - g.gamma)
        let tol = Tolerance.discounted(g, scale: values.scale, solves: 1, what: "V_u")
            + .roundoff(scale: values.scale, operations: steps * (g.stateCount + 2), what: "\(steps) recursion steps")
            + Tolerance(tail, "tail γ^K‖R^ν‖/(1−γ) = \(tail)")
        return Evaluation(
            measurements: [Measurement("V_K^ν(s) = V^ν(s) at the worst s = \(g.stateNames[worst])", lhs: vK[worst], .equal, rhs: target[worst], tolerance: tol)],
            quantities: [NamedValue("K", Double(steps)), NamedValue("γ", g.gamma), NamedValue("1 − γ", 1 - g.gamma),
                         NamedValue("ratio V_K/V at that state", target[worst] == 0 ? .nan : vK[worst] / target[worst])])
    }

    static let proposition21bStep4Statement = "Q^ν(s, a) is the unique solution of the Bellman evaluation equation (C.2) Q(s, a) = r(s, a) + Σ_{s',a'} P(s'|s, a) Q(s', a') ν(a'|s'). From the permutation invariance of r, P and ν, Q(κ(s), κ(a)) is also a solution to (C.2); since Q^ν is the unique solution, Q^ν(s, a) = Q^ν(κ(s), κ(a))."

    /// mfppo, proof of Proposition 2.1 (App. C), eq. (C.2), read with the discount the display
    /// omits: Q_u^ν∘κ solves Q = r + γ Σ P ν Q (so equals Q_u^ν). Measured: the worst residual over κ.
    static let proposition21bStep4 = Claim(
        id: "mfppo.prop2.1b/step4", paper: .mfppo, source: "Proposition 2.1, proof (App. C), eq. (C.2)",
        statement: proposition21bStep4Statement,
        reading: "(C.2) with the discount: Q = r + γ Σ P ν Q; Q^ν its (unscaled) solution.",
        hypotheses: "As mfppo.prop2.1b; all N! permutations.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.withInvariantPolicy) { x in
            let g = try x.requireGame()
            let values = try PopulationPolicyValues(game: g, policy: try x.policy("nu"))
            let perms = try AgentPermutations(game: g)
            let q = values.evaluation.actionValues, nA = g.jointActionCount
            var residual = 0.0
            for (sm, am) in zip(perms.stateMaps, perms.actionMaps) {
                residual = max(residual, values.evaluationResidual(q.indices.map { q[sm[$0 / nA] * nA + am[$0 % nA]] }, discount: g.gamma))
            }
            return Evaluation(
                measurements: [Measurement("‖Q^ν∘κ − (r + γ Σ P ν Q^ν∘κ)‖∞, worst κ", lhs: residual, .equal, rhs: 0,
                                           tolerance: .discounted(g, scale: values.scale, solves: 2, what: "Q^ν"))],
                quantities: [NamedValue("‖Q^ν‖∞", Vector.infinityNorm(q)), NamedValue("residual of Q^ν itself", values.evaluationResidual(q, discount: g.gamma))])
        })

    /// The same step with (C.2) exactly as printed, without γ; Q^ν (the discounted one the
    /// proposition is about, unscaled) is measured in it.
    static let proposition21bStep4Printed = Claim(
        id: "mfppo.prop2.1b/step4.printed", paper: .mfppo, source: "Proposition 2.1, proof (App. C), eq. (C.2)",
        statement: proposition21bStep4Statement,
        reading: "(C.2) exactly as printed, without γ.",
        hypotheses: "As mfppo.prop2.1b; Q^ν the unscaled discounted evaluation.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.withInvariantPolicy) { x in
            let g = try x.requireGame()
            let values = try PopulationPolicyValues(game: g, policy: try x.policy("nu"))
            let q = values.evaluation.actionValues
            return Evaluation(
                measurements: [Measurement("‖Q^ν − (r + Σ P ν Q^ν)‖∞ ((C.2) without γ)", lhs: values.evaluationResidual(q, discount: 1), .equal, rhs: 0,
                                           tolerance: .discounted(g, scale: values.scale, solves: 1, what: "Q^ν"))],
                quantities: [NamedValue("γ", g.gamma), NamedValue("residual in the discounted (C.2)", values.evaluationResidual(q, discount: g.gamma))],
                notes: ["(C.2) is printed without the discount; the discounted Q^ν does not solve the undiscounted equation"])
        })
}
