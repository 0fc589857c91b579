import GSLKit
import MarkovGames

extension MFPPOClaims {
    /// mfppo, proof of Proposition 2.1 (App. C), last sentence of the first part, read with the
    /// argmax as a set: argmax Q*(κs, ·) = κ(argmax Q*(s, ·)) for every κ and s. Measured: the number
    /// of (κ, s) where the two sets differ (ties read to the solve's tolerance).
    static let proposition21Step2 = Claim(
        id: "mfppo.prop2.1/step2", paper: .mfppo, source: "Proposition 2.1, proof (App. C)",
        statement: proposition21Step2Statement,
        reading: "argmax as the set of maximisers: the set is permutation equivariant (so the uniform distribution on it is invariant).",
        hypotheses: "mfppo-population games (G1), N ∈ {2, 3}, k ∈ {2, 3}, 2 actions, γ ∈ {0.5, 0.9}; Q* by policy iteration; ties to 8× the forward-error bound.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.games) { x in
            let g = try x.requireGame()
            let optimum = try PopulationOptimum(game: g)
            let perms = try AgentPermutations(game: g)
            var mismatches = 0
            for (sm, am) in zip(perms.stateMaps, perms.actionMaps) {
                for s in 0..<g.stateCount where Set(optimum.argmaxSet(sm[s])) != Set(optimum.argmaxSet(s).map { am[$0] }) {
                    mismatches += 1
                }
            }
            return Evaluation(
                measurements: [Measurement("#(κ, s) with argmax Q*(κs,·) ≠ κ argmax Q*(s,·)", lhs: Double(mismatches), .equal, rhs: 0, tolerance: .exact)],
                quantities: [NamedValue("(κ, s) pairs", Double(perms.permutations.count * g.stateCount)), NamedValue("tie tolerance", optimum.tieTolerance)])
        })
}
