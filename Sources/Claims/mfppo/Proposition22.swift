import ExactSolvers
import GSLKit
import MarkovGames

extension MFPPOClaims {
    static let proposition22Statement = "For any permutation mapping κ(·), the value function satisfies V^ν(s, s_r) = V^ν(s, κ(s_r)). Additionally, there exists g_ν such that V^ν(s, s_r) = g_ν(s, p̂_{s_r}), where p̂_{s_r} = (1/N) Σ_{s∈s_r} δ_s is the empirical distribution over the states of rest of the agents s_r."

    /// The largest spread of V over the groups {(s, i) : s_i = z, hist(s_{−i}) = h}, over every agent
    /// i taken as the representative: 0 iff V(s) = g(s_i, p̂_{s_{−i}}) for one g and every i (p̂ with
    /// either normalisation, 1/N or 1/(N − 1), is a one-to-one function of the histogram h).
    static func representativeSpread(game g: Game, values v: [Double]) throws -> (spread: Double, groups: Int) {
        guard let population = g.population else { throw ClaimError.outsideHypotheses("the game has no population structure") }
        let n = g.agentCount
        var low: [[Int]: Double] = [:], high: [[Int]: Double] = [:]
        for s in 0..<g.stateCount {
            let profile = population.profile(ofState: s, agents: n)
            for i in 0..<n {
                var key = [Int](repeating: 0, count: population.localStateCount + 1)
                key[0] = profile[i]
                for (j, z) in profile.enumerated() where j != i { key[1 + z] += 1 }
                low[key] = min(low[key] ?? .infinity, v[s])
                high[key] = max(high[key] ?? -.infinity, v[s])
            }
        }
        return (low.keys.map { high[$0]! - low[$0]! }.max() ?? 0, low.count)
    }

    private static func proposition22Evaluation(_ x: ClaimInstance) throws -> Evaluation {
        let g = try x.requireGame()
        let values = try PopulationPolicyValues(game: g, policy: try x.policy("nu"))
        let (spread, groups) = try representativeSpread(game: g, values: values.scaledValues)
        let perms = try AgentPermutations(game: g)
        return Evaluation(
            measurements: [Measurement("max over keys (s_i, p̂_{s_{−i}}) of the spread of V^ν", lhs: spread, .equal, rhs: 0,
                                       tolerance: .discounted(g, scale: values.scale, solves: 2, what: "V^ν"))],
            quantities: [NamedValue("N", Double(g.agentCount)), NamedValue("keys (s, p̂)", Double(groups)), NamedValue("|S^N|", Double(g.stateCount)),
                         NamedValue("ν's invariance violation", perms.stateActionViolation(values.policy, actions: g.jointActionCount))])
    }

    /// mfppo, Proposition 2.2 (Sec. 2), for a permutation-invariant ν (the policies Prop. 2.1 makes
    /// sufficient). V^ν in the (1−γ)-scaled convention. Measured: the largest spread of V^ν over
    /// the states and agents that share (s_i, p̂_{s_{−i}}); 0 means that g_ν exists and is the same
    /// for every agent taken as the representative, which also gives V^ν(s, s_r) = V^ν(s, κ(s_r)).
    static let proposition22 = Claim(
        id: "mfppo.prop2.2", paper: .mfppo, source: "Proposition 2.2 (Sec. 2); proof in App. C",
        statement: proposition22Statement,
        reading: "ν permutation invariant (the class of Prop. 2.1's second part).",
        hypotheses: "mfppo-population games (G1), N ∈ {2, 3}, k ∈ {2, 3}, 2 actions, γ ∈ {0.5, 0.9}; ν a random invariant joint policy; V^ν = (1−γ)E Σ γ^t r.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.withInvariantPolicy) { x in try proposition22Evaluation(x) })

    /// The same statement for any joint policy ν (the proposition does not restrict ν).
    static let proposition22AnyPolicy = Claim(
        id: "mfppo.prop2.2.anyPolicy", paper: .mfppo, source: "Proposition 2.2 (Sec. 2)",
        statement: proposition22Statement,
        reading: "ν any joint policy (no invariance assumed).",
        hypotheses: "mfppo-population games (G1) as in mfppo.prop2.2; ν a random joint policy, rows ~ Dirichlet(0.5).",
        kind: .identity,
        check: ClaimCheck(family: InstanceFamily(description: "mfppo-population games with a random joint policy", admissible: PopulationGameInstances.invarianceReason) { rng in
            let g = try PopulationGameInstances.game(rng)
            return ClaimInstance(game: g, policies: ["nu": .joint(RandomInstances.jointPolicy(g, rng.child("nu"), concentration: 0.5))])
        }) { x in try proposition22Evaluation(x) })

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
