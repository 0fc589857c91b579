import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MFPPOClaims {
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
