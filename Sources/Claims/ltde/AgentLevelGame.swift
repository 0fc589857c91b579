import ExactSolvers
import MarkovGames

/// The N-agent side of ltde (Sec. 2.2): the game of `NetworkedMeanFieldModel.game` on profiles
/// (s^1, …, s^N) with the team reward (1/N) Σ_i r(s^i, µ(N_{s^i}), a^i) of (MF-MARL), the
/// individual-decentralized policy (2.8) as a product policy, and the map from (profile, joint
/// action) to the configuration ζ = (µ, h) ∈ Ξ it induces.
struct AgentLevelGame: Sendable {
    let game: Game
    let population: PopulationStructure
    /// The product policy a^i ~ π(s^i, µ(s^i)) of (2.8).
    let policy: ProductPolicy

    init(problem: TeamProblem) throws {
        let model = problem.instance.model
        let game = try model.game(name: "ltde-network", gamma: problem.gamma, source: "ltde claims")
        let population = game.population!
        let n = game.agentCount
        policy = ProductPolicy(tables: (0..<n).map { i in
            (0..<game.stateCount).flatMap { s -> [Double] in
                let profile = population.profile(ofState: s, agents: n)
                let counts = population.histogram(ofState: s, agents: n)
                return problem.individual[profile[i]][counts[profile[i]]]
            }
        })
        self.game = game
        self.population = population
    }

    /// The configuration (µ, h) of profile `state` under joint action `action`.
    func configuration(state: Int, action: Int, space: TeamConfigurations) -> Int {
        let n = game.agentCount, m = space.actionCount
        let profile = population.profile(ofState: state, agents: n)
        let actions = game.jointActions.actions(of: action)
        var c = [Int](repeating: 0, count: space.nodeCount * m)
        for i in 0..<n { c[profile[i] * m + actions[i]] += 1 }
        return space.index(counts: population.histogram(ofState: state, agents: n), teamCounts: c)
    }

    /// The measure index of profile `state`.
    func measure(state: Int, space: TeamConfigurations) -> Int {
        space.measureIndex(ofCounts: population.histogram(ofState: state, agents: game.agentCount))
    }
}
