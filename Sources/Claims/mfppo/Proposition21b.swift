import ExactSolvers
import GSLKit
import MarkovGames

extension MFPPOClaims {
    /// mfppo, Proposition 2.1 (Sec. 2), second part, as printed: "for any permutation invariant
    /// policy ν, the value function V(·) and the state-action value function Q(·) is also
    /// permutation invariant, i.e., V^ν(s) = V^ν(κ(s)), Q^ν(s, a) = Q^ν(κ(s), κ(a)), where
    /// Q^ν(s, a) = E_{s'}{r(s, a) + γV^ν(s')}."
    ///
    /// V^ν in the Sec. 2 convention (1−γ)E Σ γ^t r; Q^ν exactly as printed (the scaled V^ν inside
    /// an unscaled reward). Measured: the worst violations over all N! permutations.
    static let proposition21b = Claim(
        id: "mfppo.prop2.1b", paper: .mfppo, source: "Proposition 2.1 (Sec. 2), second part; proof in App. C",
        statement: "For any permutation invariant policy ν, the value function V(·) and the state-action value function Q(·) is also permutation invariant, i.e., V^ν(s) = V^ν(κ(s)), Q^ν(s, a) = Q^ν(κ(s), κ(a)), where Q^ν(s, a) = E_{s'}{r(s, a) + γV^ν(s')}.",
        hypotheses: "mfppo-population games (G1), N ∈ {2, 3}, k ∈ {2, 3}, 2 actions, γ ∈ {0.5, 0.9}; ν a random invariant joint policy (group average of a Dirichlet(0.5) joint policy, or a shared factorised μ(a_i | s_i, hist(s_{−i}))); V^ν = (1−γ)V_u (Sec. 2), Q^ν = r + γ P V^ν (as printed).",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.withInvariantPolicy) { x in
            let g = try x.requireGame()
            let values = try PopulationPolicyValues(game: g, policy: try x.policy("nu"))
            let perms = try AgentPermutations(game: g)
            let tol = Tolerance.discounted(g, scale: values.scale, solves: 2, what: "V^ν")
            return Evaluation(
                measurements: [
                    Measurement("max_{κ,s} |V^ν(κs) − V^ν(s)|", lhs: perms.stateViolation(values.scaledValues), .equal, rhs: 0, tolerance: tol),
                    Measurement("max_{κ,s,a} |Q^ν(κs,κa) − Q^ν(s,a)|", lhs: perms.stateActionViolation(values.printedActionValues, actions: g.jointActionCount),
                                .equal, rhs: 0, tolerance: tol),
                ],
                quantities: [NamedValue("N", Double(g.agentCount)), NamedValue("γ", g.gamma), NamedValue("‖V^ν‖∞", Vector.infinityNorm(values.scaledValues)),
                             NamedValue("ν's own invariance violation", perms.stateActionViolation(values.policy, actions: g.jointActionCount))])
        })

    /// mfppo, proof of Proposition 2.1 (App. C), second part, first step: "from permutation
    /// invariance defined in (2.1), we have that both R^ν and P^ν(s'|s) is permutation invariant".
    static let proposition21bStep1 = Claim(
        id: "mfppo.prop2.1b/step1", paper: .mfppo, source: "Proposition 2.1, proof (App. C), second part",
        statement: "Let R^ν(s) = E_{a~ν} R(s, a) and P^ν(s'|s) = E_{a~ν} P(s'|s, a); from permutation invariance defined in (2.1), both R^ν and P^ν(s'|s) are permutation invariant.",
        hypotheses: "As mfppo.prop2.1b. R^ν(κs) = R^ν(s) and P^ν(κs'|κs) = P^ν(s'|s), worst over all N! permutations.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.withInvariantPolicy) { x in
            let g = try x.requireGame()
            let values = try PopulationPolicyValues(game: g, policy: try x.policy("nu"))
            let perms = try AgentPermutations(game: g)
            let r = values.expectedReward, p = values.stateTransitions
            var dP = 0.0
            for sm in perms.stateMaps {
                for s in 0..<g.stateCount { for t in 0..<g.stateCount { dP = max(dP, abs(p[sm[s], sm[t]] - p[s, t])) } }
            }
            let ops = g.jointActionCount
            return Evaluation(
                measurements: [
                    Measurement("max_{κ,s} |R^ν(κs) − R^ν(s)|", lhs: perms.stateViolation(r), .equal, rhs: 0,
                                tolerance: .roundoff(scale: Vector.infinityNorm(r), operations: 2 * ops, what: "Σ_a ν r")),
                    Measurement("max_{κ,s,s'} |P^ν(κs'|κs) − P^ν(s'|s)|", lhs: dP, .equal, rhs: 0,
                                tolerance: .roundoff(scale: 1, operations: 2 * ops, what: "Σ_a ν P")),
                ],
                quantities: [NamedValue("|A^N|", Double(ops))])
        })

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
