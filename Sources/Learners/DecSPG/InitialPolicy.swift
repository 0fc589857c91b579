import GSLKit
import MarkovGames

/// The starting policy π^0 of the tabular learners, chosen by the `initial` parameter.
enum InitialPolicy {
    static let parameter = LearnerParameter("initial", default: "uniform",
                                            "π^0: uniform, or random (every row Dirichlet(1), seeded)",
                                            choices: ["uniform", "random"])

    /// The product policy named by `choice`.
    static func product(_ game: Game, choice: String, rng: RandomSource) -> ProductPolicy {
        guard choice == "random" else { return ProductPolicy.uniform(game) }
        return ProductPolicy(tables: game.agents.map { agent in
            (0..<game.stateCount).flatMap { _ in rng.dirichlet(dimension: agent.actionCount) }
        })
    }
}
