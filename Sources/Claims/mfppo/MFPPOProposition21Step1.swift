import ExactSolvers
import GSLKit
import MarkovGames

extension MFPPOClaims {
    /// mfppo, proof of Proposition 2.1 (App. C), eq. (C.1), read with the discount γ that the
    /// printed display omits: Q*∘κ solves Q = r + γ P max Q, hence Q*∘κ = Q*.
    /// Measured: the residual of Q*∘κ in the discounted (C.1) (worst κ) and max |Q*(κs,κa) − Q*(s,a)|.
    /// Unscaled Q (the fixed point of the displayed equation); invariance is scale-free.
    static let proposition21Step1 = Claim(
        id: "mfppo.prop2.1/step1", paper: .mfppo, source: "Proposition 2.1, proof (App. C), eq. (C.1)",
        statement: proposition21Step1Statement,
        reading: "(C.1) with the discount: Q = r + γ Σ P max Q (the fixed point that defines Q* of the discounted problem).",
        hypotheses: "mfppo-population games (G1), N ∈ {2, 3}, k ∈ {2, 3}, 2 actions, γ ∈ {0.5, 0.9}; Q* unscaled, by policy iteration; all N! permutations.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.games) { x in
            let g = try x.requireGame()
            let optimum = try PopulationOptimum(game: g)
            let perms = try AgentPermutations(game: g)
            let q = optimum.solution.actionValues, nA = g.jointActionCount
            var residual = 0.0
            for (sm, am) in zip(perms.stateMaps, perms.actionMaps) {
                let permuted = q.indices.map { q[sm[$0 / nA] * nA + am[$0 % nA]] }
                residual = max(residual, optimum.optimalityResidual(permuted, discount: g.gamma))
            }
            let scale = Vector.infinityNorm(optimum.solution.values)
            let tol = Tolerance.discounted(g, scale: scale, solves: 2, what: "Q* (and its image under κ)")
            return Evaluation(
                measurements: [
                    Measurement("‖Q*∘κ − (r + γ P max Q*∘κ)‖∞, worst κ", lhs: residual, .equal, rhs: 0, tolerance: tol),
                    Measurement("max_{κ,s,a} |Q*(κs,κa) − Q*(s,a)|", lhs: perms.stateActionViolation(q, actions: nA), .equal, rhs: 0, tolerance: tol),
                ],
                quantities: [NamedValue("‖Q*‖∞", Vector.infinityNorm(q)), NamedValue("N", Double(g.agentCount)), NamedValue("γ", g.gamma),
                             NamedValue("Bellman residual of Q*", optimum.solution.bellmanResidual)])
        })
}
