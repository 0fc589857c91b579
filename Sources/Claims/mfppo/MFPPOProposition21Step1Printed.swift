import ExactSolvers
import GSLKit
import MarkovGames

extension MFPPOClaims {
    /// The same step with (C.1) exactly as printed, without γ: Q = r + Σ P max Q. Q* (the discounted
    /// optimum the proposition is about) is measured in it; it cannot satisfy it unless (1−γ)·P max Q* = 0.
    static let proposition21Step1Printed = Claim(
        id: "mfppo.prop2.1/step1.printed", paper: .mfppo, source: "Proposition 2.1, proof (App. C), eq. (C.1)",
        statement: proposition21Step1Statement,
        reading: "(C.1) exactly as printed, without γ.",
        hypotheses: "mfppo-population games (G1) as in mfppo.prop2.1/step1; Q* = the discounted optimum (unscaled).",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.games) { x in
            let g = try x.requireGame()
            let optimum = try PopulationOptimum(game: g)
            let residual = optimum.optimalityResidual(optimum.solution.actionValues, discount: 1)
            let scale = Vector.infinityNorm(optimum.solution.values)
            return Evaluation(
                measurements: [Measurement("‖Q* − (r + P max Q*)‖∞ ((C.1) without γ)", lhs: residual, .equal, rhs: 0,
                                           tolerance: .discounted(g, scale: scale, solves: 1, what: "Q*"))],
                quantities: [NamedValue("γ", g.gamma), NamedValue("‖Q*‖∞", Vector.infinityNorm(optimum.solution.actionValues)),
                             NamedValue("residual in the discounted (C.1)", optimum.optimalityResidual(optimum.solution.actionValues, discount: g.gamma))],
                notes: ["(C.1) is printed without the discount; as printed it is the undiscounted optimality equation, which the discounted Q* does not solve"])
        })
}
