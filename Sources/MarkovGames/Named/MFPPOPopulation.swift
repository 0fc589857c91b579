import GSLKit

extension NamedGames {
    /// A permutation-invariant cooperative game for mfppo ("A principled permutation invariant
    /// approach to mean-field multi-agent reinforcement learning", Sec. 2, eq. (2.1); test bed G1
    /// of mfppo.md §6.0): N homogeneous agents with k local states and m actions each, built from
    /// the histogram h(s, a) of (local state, action) pairs, h_{z,a} = #{i : (s_i, a_i) = (z, a)}:
    ///
    ///     P(s' | s, a) = ∏_i p(s'_i | s_i, a_i, h(s, a)),   p(·|z, a, h) ~ Dirichlet(α·1),
    ///     r(s, a) = (1/N) Σ_i r_loc(s_i, a_i, h(s, a)),     r_loc(z, a, h) ~ U[0,1],
    ///
    /// one draw per histogram h and pair (z, a). Permuting the agents permutes the factors and the
    /// terms and leaves h unchanged, so P(κs'|κs,κa) = P(s'|s,a) and r(κs,κa) = r(s,a) for every
    /// permutation κ: eq. (2.1) holds by construction (`PermutationInvariance` checks it).
    /// Global states are profiles (lexicographic, agent 1 slowest; `PopulationStructure`), so the
    /// histogram lift of the states is `HistogramLift(game:)`. ρ₀ is uniform over profiles.
    static let mfppoPopulation = GameBuilder(
        name: "mfppo-population",
        summary: "permutation-invariant population game: N homogeneous agents, dynamics and team reward through histograms",
        citation: "mfppo Sec. 2, eq. (2.1) (permutation invariance); test bed G1",
        parameters: [
            .init("agents", default: "3", "number of agents N"),
            .init("states", default: "2", "local states per agent k"),
            .init("actions", default: "2", "actions per agent m"),
            .init("gamma", default: "0.9", "discount γ in [0, 1)"),
            .init("concentration", default: "1", "Dirichlet concentration α of each local transition row"),
        ],
        isRandom: true
    ) { p, rng throws(ModelError) in
        let n = try p.integer("agents", in: 1...16)
        let k = try p.integer("states", in: 1...64)
        let m = try p.integer("actions", in: 1...16)
        let gamma = try p.discount()
        let alpha = try p.real("concentration")
        guard alpha > 0 else { throw ModelError(path: "--param concentration", "α = \(alpha) must be positive") }
        let shape = try PopulationGameShape(localStates: (0..<k).map { "z\($0)" }, agents: n, actions: m, gamma: gamma)

        let cells = k * m   // cell of (z, a) = z·m + a
        let histograms = Compositions.all(total: n, parts: cells)
        var histogramIndex: [[Int]: Int] = [:]
        for (h, counts) in histograms.enumerated() { histogramIndex[counts] = h }
        var kernel: [[Double]] = []       // [h·cells + cell] → p(·|z, a, h)
        var localReward: [Double] = []    // [h·cells + cell] → r_loc(z, a, h)
        for _ in histograms {
            for _ in 0..<cells {
                kernel.append(rng.dirichlet(dimension: k, concentration: alpha))
                localReward.append(rng.uniform())
            }
        }

        let (transitions, rewards) = shape.transitionsAndRewards { _, profile, actions in
            var counts = [Int](repeating: 0, count: cells)
            for i in 0..<n { counts[profile[i] * m + actions[i]] += 1 }
            let h = histogramIndex[counts]!
            return (0..<n).map { i in
                let cell = h * cells + profile[i] * m + actions[i]
                return (kernel[cell], localReward[cell])
            }
        }
        return try shape.game(name: "mfppo-population", gamma: gamma, transitions: transitions, rewards: rewards, source: p.provenance)
    }
}
