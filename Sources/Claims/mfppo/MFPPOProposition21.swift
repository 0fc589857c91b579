import ExactSolvers
import GSLKit
import MarkovGames

extension MFPPOClaims {
    /// mfppo, Proposition 2.1 (Sec. 2), first part, as printed: "For cooperative MARL satisfying
    /// (2.1), there exists an optimal policy ν* that is permutation invariant, i.e.,
    /// ν*(s, a) = ν*(κ(s), κ(a)) for any permutation mapping κ(·)."
    ///
    /// Witness: ν* = uniform over the argmax set of Q* (a tie rule that commutes with κ). Checked:
    /// its worst invariance violation over all N! permutations is 0, and it is optimal,
    /// V^{ν*} = V* at every state. Values in the paper's (1−γ)-scaled convention; both checks are
    /// unaffected by the positive factor.
    static let proposition21 = Claim(
        id: "mfppo.prop2.1", paper: .mfppo, source: "Proposition 2.1 (Sec. 2), first part; proof in App. C",
        statement: "For cooperative MARL satisfying (2.1), there exists an optimal policy ν* that is permutation invariant, i.e., ν*(s, a) = ν*(κ(s), κ(a)) for any permutation mapping κ(·).",
        hypotheses: "mfppo-population games (test bed G1: N ∈ {2, 3} homogeneous agents, k ∈ {2, 3} local states, 2 actions, γ ∈ {0.5, 0.9}; dynamics and team reward through the state–action histogram, so (2.1) holds by construction). ν* = uniform over {a : Q*(s,a) ≥ max Q*(s,·) − 8·(forward-error bound)}; V in the (1−γ)-scaled convention V = (1−γ)E Σ γ^t r.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.games) { x in
            let g = try x.requireGame()
            let optimum = try PopulationOptimum(game: g)
            let nuStar = optimum.uniformOptimalPolicy
            let violation = try PermutationInvariance.worstViolation(of: JointPolicy(table: nuStar), in: g)
            let vStar = optimum.solution.values.map { (1 - g.gamma) * $0 }
            let vNu = try optimum.mdp.normalizedEvaluation(policy: nuStar).values
            let worst = vStar.indices.max { abs(vNu[$0] - vStar[$0]) < abs(vNu[$1] - vStar[$1]) }!
            let scale = Vector.infinityNorm(vStar)
            return Evaluation(
                measurements: [
                    Measurement("max_{κ,s,a} |ν*(κa|κs) − ν*(a|s)|", lhs: violation, .equal, rhs: 0, tolerance: .exact),
                    Measurement("V^{ν*}(s) = V*(s) at the worst state s = \(worst)", lhs: vNu[worst], .equal, rhs: vStar[worst],
                                tolerance: .discounted(g, scale: scale, solves: 3, what: "V*, V^{ν*} (and the tie tolerance)")),
                ],
                quantities: [NamedValue("N", Double(g.agentCount)), NamedValue("|S^N|", Double(g.stateCount)),
                             NamedValue("|A^N|", Double(g.jointActionCount)), NamedValue("γ", g.gamma),
                             NamedValue("tie tolerance", optimum.tieTolerance),
                             NamedValue("states with tied optimal actions", Double((0..<g.stateCount).filter { optimum.argmaxSet($0).count > 1 }.count))])
        })
}
