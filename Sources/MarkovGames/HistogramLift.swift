/// The histogram (mean-field) lift of a population game: the map from a profile state
/// (s^1, …, s^N) to its histogram (n_x)_x = (#{i : s^i = x})_x, and the list of histograms.
///
/// For homogeneous agents (P and r invariant under permuting agents, mfppo eq. (2.1)) the value
/// of a permutation-invariant policy depends on a profile only through its histogram, so the
/// game can be solved on the C(N + k − 1, k − 1) histograms instead of the k^N profiles
/// (mfppo Sec. 2, Prop. 2.1–2.2; the empirical measure µ = n/N of ltde Sec. 2). The lifted MDP
/// itself is built by ExactSolvers; this type only fixes the indexing.
public struct HistogramLift: Equatable, Sendable {
    /// N.
    public let agentCount: Int
    /// k.
    public let localStateCount: Int
    /// Every histogram (n_1, …, n_k), Σ n_x = N, in increasing lexicographic order
    /// (`Compositions.all`).
    public let histograms: [[Int]]
    /// histogramIndex[s]: the index in `histograms` of global state s's histogram.
    public let histogramIndex: [Int]
    /// members[h]: the global states whose histogram is histograms[h], increasing. Its size is
    /// the multinomial N! / ∏_x n_x!.
    public let members: [[Int]]

    /// The lift of N = `agents` agents over `population`'s local states.
    /// Precondition: k^N fits in an `Int` (guaranteed for any valid `Game`).
    public init(population: PopulationStructure, agents: Int) {
        let k = population.localStateCount
        let hs = Compositions.all(total: agents, parts: k)
        var lookup: [[Int]: Int] = [:]
        for (h, counts) in hs.enumerated() { lookup[counts] = h }
        var profiles = 1
        for _ in 0..<agents { profiles *= k }
        var index = [Int](repeating: 0, count: profiles)
        var members = [[Int]](repeating: [], count: hs.count)
        for s in 0..<profiles {
            let h = lookup[population.histogram(ofState: s, agents: agents)]!
            index[s] = h
            members[h].append(s)
        }
        self.agentCount = agents
        self.localStateCount = k
        self.histograms = hs
        self.histogramIndex = index
        self.members = members
    }

    /// The lift of a population game; fails when the game has no population structure.
    public init(game: Game) throws(ModelError) {
        guard let population = game.population else {
            throw ModelError(path: "population", "the game '\(game.name)' has no population structure, so it has no histogram lift")
        }
        self.init(population: population, agents: game.agentCount)
    }

    /// The number of histograms, C(N + k − 1, k − 1).
    public var count: Int { histograms.count }

    /// The empirical measure µ = n / N of histogram h.
    public func empiricalMeasure(_ h: Int) -> [Double] {
        histograms[h].map { Double($0) / Double(agentCount) }
    }
}
