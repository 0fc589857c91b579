import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MFPPOClaims {
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
}
