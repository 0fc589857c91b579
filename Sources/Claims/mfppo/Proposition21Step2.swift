import GSLKit
import MarkovGames

extension MFPPOClaims {
    static let proposition21Step2Statement = "Hence the optimal policy ν*(s) = argmax_a Q*(s, a) is permutation invariant."

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

    /// The same sentence read with ν* a deterministic policy (one joint action per state, as
    /// "ν*(s) = argmax_a Q*(s, a)" is written): some deterministic optimal policy is invariant.
    /// That holds iff at every state s some maximiser a is fixed by every κ with κs = s (then
    /// a(κs) := κa(s) is well defined along orbits). Measured: the number of states where no
    /// maximiser is fixed by the stabiliser of s.
    static let proposition21Step2Deterministic = Claim(
        id: "mfppo.prop2.1/step2.deterministic", paper: .mfppo, source: "Proposition 2.1, proof (App. C)",
        statement: proposition21Step2Statement,
        reading: "ν* deterministic (a single joint action per state): some deterministic optimal policy is permutation invariant.",
        hypotheses: "mfppo-population games (G1) as in mfppo.prop2.1/step2.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.games) { x in
            let g = try x.requireGame()
            let optimum = try PopulationOptimum(game: g)
            let perms = try AgentPermutations(game: g)
            var blocked: [Int] = []
            for s in 0..<g.stateCount {
                let stabiliser = perms.stateMaps.indices.filter { perms.stateMaps[$0][s] == s }
                let fixed = optimum.argmaxSet(s).filter { a in stabiliser.allSatisfy { perms.actionMaps[$0][a] == a } }
                if fixed.isEmpty { blocked.append(s) }
            }
            var notes: [String] = []
            if let s = blocked.first {
                notes.append("at state \(g.stateNames[s]) every optimal joint action \(optimum.argmaxSet(s).map { g.jointActions.actions(of: $0) }) is moved by a permutation that fixes the state: a deterministic choice cannot be invariant there, only a mixture over the orbit can")
            }
            return Evaluation(
                measurements: [Measurement("#states where no optimal joint action is fixed by the stabiliser", lhs: Double(blocked.count), .equal, rhs: 0, tolerance: .exact)],
                quantities: [NamedValue("|S^N|", Double(g.stateCount)), NamedValue("tie tolerance", optimum.tieTolerance)],
                notes: notes)
        })
}
