import GSLKit

extension LTDEClaims {
    /// ltde, Sec. 3.1 below (3.5) and App. B, (B.1): "µ_{t+1}(s) only depends on µ_t(N_s^2) and
    /// h_t(N_s)". Left side: for every s, the largest total-variation distance between the exact
    /// laws of µ_{t+1}(s) (marginals of P_N(· | ξ)) over configurations ξ that agree on
    /// (µ(N_s^2), h(N_s)); right side 0.
    static let kernelLocality = Claim(
        id: "ltde.eq3.5", paper: .ltde, source: "Sec. 3.1 below (3.5); App. B, (B.1); App. A after (A.4)",
        statement: "It is easy to verify that for a given state s ∈ S, µ_{t+1}(s) only depends on µ_t(N_s^2), the empirical distribution in the 2-hop neighborhood of s, and h_t(N_s); (B.1) µ_{t+1}(s) ~ P_s^N(· | µ_t(N_s^2), h_t(N_s)).",
        hypotheses: "path, ring and grid families of ltde.lem3.5; every s and every class of configurations with equal (µ(N_s^2), h(N_s))",
        kind: .identity,
        check: ClaimCheck(family: InstanceFamily(
            description: "one of the path, ring, grid families of ltde.lem3.5, chosen at random",
            searchSpace: NetworkedInstance.searchSpace, admissible: NetworkedInstance.admissible
        ) { rng in
            try networkFamily(NetworkGraphKind(rawValue: rng.integer(below: 3))!).sample(rng)
        }) { x in
            let problem = try TeamProblem(x)
            let space = problem.space, nN = space.agentCount
            var measurements: [Measurement] = []
            for s in 0..<space.nodeCount {
                let twoHop = space.graph.neighbourhood(of: s, hops: 2), oneHop = space.graph.neighbourhood(of: s, hops: 1)
                let classes = space.classes { space.key($0, measureNodes: twoHop, teamNodes: oneHop) }
                var worst = 0.0
                for members in classes {
                    let reference = marginalLaw(problem.kernel.rows[members[0]], node: s, space: space)
                    for xi in members.dropFirst() {
                        let law = marginalLaw(problem.kernel.rows[xi], node: s, space: space)
                        worst = max(worst, 0.5 * zip(law, reference).reduce(0) { $0 + abs($1.0 - $1.1) })
                    }
                }
                measurements.append(Measurement("s = \(s): max TV between laws of µ'(s)", lhs: worst, .equal, rhs: 0,
                                                tolerance: .roundoff(scale: 1, operations: 4 * space.measureCount * (nN + 1), what: "multinomial convolutions")))
            }
            return Evaluation(measurements: measurements, quantities: [NamedValue("|Ξ|", Double(space.count))],
                              notes: [problem.instance.description])
        })

    /// The law of n'_s under a row P_N(· | ξ) over the measures.
    static func marginalLaw(_ row: [Double], node s: Int, space: TeamConfigurations) -> [Double] {
        var out = [Double](repeating: 0, count: space.agentCount + 1)
        for (mu, p) in row.enumerated() { out[space.measures[mu][s]] += p }
        return out
    }
}
