import GSLKit
import MarkovGames

extension MFPPOClaims {
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
