import MarkovGames

/// The state coding of a population game (MarkovGames' `PopulationStructure`): global state s is
/// the profile (x_1, …, x_N) of the agents' local states, lexicographic with agent 1 slowest,
/// s = Σ_i x_i·K^{N−i} for K local states. Used by the mean-field lift (mfppo Sec. 2) and the
/// k-hop sensitivity (ltde Def. 3.4), which read histograms n_x = #{i : x_i = x} off the profile.
public struct LocalStateProfiles: Sendable {
    /// K, the number of local states.
    public let localStateCount: Int
    /// N, the number of agents.
    public let agentCount: Int

    /// The coding of `game`; fails unless the game has a population structure.
    public init(game: Game) throws(SolverError) {
        guard let population = game.population else {
            throw .unsupported("game '\(game.name)' has no population structure (states are not profiles of local states)")
        }
        localStateCount = population.localStates.count
        agentCount = game.agentCount
    }

    /// (x_1, …, x_N) of global state s.
    public func localStates(ofState s: Int) -> [Int] {
        var out = [Int](repeating: 0, count: agentCount), rest = s
        for i in stride(from: agentCount - 1, through: 0, by: -1) {
            out[i] = rest % localStateCount
            rest /= localStateCount
        }
        return out
    }

    /// The global state of the profile (x_1, …, x_N).
    public func state(ofLocalStates x: [Int]) -> Int {
        x.reduce(0) { $0 * localStateCount + $1 }
    }

    /// The histogram n_x = #{i : x_i = x} of global state s (K counts summing to N).
    public func histogram(ofState s: Int) -> [Int] {
        var n = [Int](repeating: 0, count: localStateCount)
        for x in localStates(ofState: s) { n[x] += 1 }
        return n
    }

    /// Fails unless every agent has the same number of actions (agents can then be exchanged).
    static func requireHomogeneousActions(_ game: Game) throws(SolverError) {
        let sizes = Set(game.agents.map(\.actionCount))
        guard sizes.count == 1 else {
            throw .unsupported("agents have different action counts \(game.agents.map(\.actionCount)); agents cannot be exchanged")
        }
    }
}
