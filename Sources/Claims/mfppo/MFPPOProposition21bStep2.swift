import ExactSolvers
import GSLKit
import MarkovGames

extension MFPPOClaims {
    /// mfppo, proof of Proposition 2.1 (App. C): the k-step values V_1^ν = R^ν,
    /// V_k^ν = R^ν + γ E_{s'~P^ν} V_{k−1}^ν are permutation invariant for every k ≥ 1.
    static let proposition21bStep2 = Claim(
        id: "mfppo.prop2.1b/step2", paper: .mfppo, source: "Proposition 2.1, proof (App. C), k-step recursion",
        statement: "V_1^ν(s) = R^ν(s), V_k^ν(s) = R^ν(s) + γ E_{s'~P^ν(·|s)} V_{k−1}^ν(s'), ∀k > 1. We can see from above recursion that V_k^ν is permutation invariant for all k ≥ 1.",
        hypotheses: "As mfppo.prop2.1b; k = 1 … 40, worst violation over k and all N! permutations.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.withInvariantPolicy) { x in
            let g = try x.requireGame()
            let values = try PopulationPolicyValues(game: g, policy: try x.policy("nu"))
            let perms = try AgentPermutations(game: g)
            let iterates = kStepValues(values, steps: 40)
            let worst = iterates.map(perms.stateViolation).max()!
            let scale = iterates.map(Vector.infinityNorm).max()!
            return Evaluation(
                measurements: [Measurement("max_{k ≤ 40, κ, s} |V_k^ν(κs) − V_k^ν(s)|", lhs: worst, .equal, rhs: 0,
                                           tolerance: .roundoff(scale: scale, operations: 40 * (g.stateCount + 2), what: "40 recursion steps"))],
                quantities: [NamedValue("‖V_40^ν‖∞", Vector.infinityNorm(iterates.last!))])
        })
}
