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
                             NamedValue("ν's own invariance violation", try PermutationInvariance.worstViolation(of: JointPolicy(table: values.policy), in: g))])
        })
}
