import ExactSolvers
import GSLKit
import MarkovGames

extension MFPPOClaims {
    /// The empirical measure as printed, p̂_{s_r} = (1/N) Σ_{s∈s_r} δ_s over the N − 1 other agents,
    /// called "the empirical distribution": its total mass. Exact arithmetic on a random profile.
    static let proposition22Mass = Claim(
        id: "mfppo.prop2.2.mass", paper: .mfppo, source: "Proposition 2.2 (Sec. 2), definition of p̂",
        statement: "p̂_{s_r} = (1/N) Σ_{s∈s_r} δ_s is the empirical distribution over the states of rest of the agents s_r.",
        hypotheses: "N ∈ {2, …, 16} agents, k ∈ {2, 3, 4} local states, s_r the N − 1 other agents' local states (random profile); mass Σ_x p̂(x) against 1.",
        kind: .identity,
        check: ClaimCheck(family: InstanceFamily(description: "N agents and a random profile of the other N − 1") { rng in
            let n = rng.integer(in: 2...16), k = rng.integer(in: 2...4)
            return ClaimInstance(integers: ["agents": n, "localStates": k],
                                 vectors: ["others": (0..<(n - 1)).map { _ in Double(rng.integer(below: k)) }])
        }) { x in
            let n = try x.integer("agents"), k = try x.integer("localStates"), others = try x.vector("others")
            guard others.count == n - 1 else { throw ClaimError.outsideHypotheses("s_r must hold N − 1 = \(n - 1) states") }
            var pHat = [Double](repeating: 0, count: k)
            for z in others {
                guard let i = Int(exactly: z), (0..<k).contains(i) else { throw ClaimError.outsideHypotheses("local state \(z) is not in 0..<\(k)") }
                pHat[i] += 1 / Double(n)
            }
            let mass = pHat.reduce(0, +)
            return Evaluation(
                measurements: [Measurement("Σ_x p̂_{s_r}(x)", lhs: mass, .equal, rhs: 1,
                                           tolerance: .roundoff(scale: 1, operations: n, what: "N − 1 additions of 1/N"))],
                quantities: [NamedValue("N", Double(n)), NamedValue("(N − 1)/N", Double(n - 1) / Double(n))],
                notes: ["s_r has N − 1 entries, so the printed 1/N weights leave mass (N − 1)/N; the 1/(N − 1) normalisation gives a distribution (existence of g_ν holds with either, see mfppo.prop2.2)"])
        })
}
