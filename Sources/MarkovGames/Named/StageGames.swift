extension NamedGames {
    /// A one-state repeated game: the single state "stage" loops to itself (P = 1), ρ₀ = δ_stage,
    /// and the shared reward is `payoff[a]` over the joint index a (agent 1 slowest). With
    /// discount γ the value of a stationary policy π is V = Σ_a π(a) payoff[a] / (1 − γ).
    static func repeatedStageGame(name: String, actionNames: [[String]], payoff: [Double], gamma: Double,
                                  source: String) throws(ModelError) -> Game {
        let agents = actionNames.enumerated().map { Agent(name: "agent\($0.offset + 1)", actions: $0.element) }
        return try Game(name: name, stateNames: ["stage"], agents: agents, gamma: gamma, initial: [1],
                        transitions: [Double](repeating: 1, count: payoff.count), rewards: .shared(payoff),
                        source: source)
    }

    /// The discount of a one-state repeated game (shared by the matrix-game builders).
    static let stageDiscount = GameBuilder.Parameter("gamma", default: "0.9", "discount γ in [0, 1) of the repeated stage game")
}
