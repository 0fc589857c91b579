import GSLKit
import MarkovGames

/// The starting policy π^0 of the tabular learners, chosen by the `initial` parameter.
enum InitialPolicy {
    static let parameter = LearnerParameter("initial", default: "uniform",
                                            "π^0: uniform, or random (every row Dirichlet(1), seeded); run --initial FILE overrides",
                                            choices: ["uniform", "random"])

    /// The given initial policy (`run --initial`, product only), else the one named by `choice`.
    static func product(_ context: LearnerContext, choice: String) throws(ModelError) -> ProductPolicy {
        switch context.initialPolicy {
        case .product(let p)?: return p
        case let other?: throw ModelError(path: "--initial", "this learner's iterates are product policies; the file holds a \(other.kind) policy")
        case nil: return product(context.game, choice: choice, rng: context.random("initial"))
        }
    }

    /// The product policy named by `choice`.
    static func product(_ game: Game, choice: String, rng: RandomSource) -> ProductPolicy {
        guard choice == "random" else { return ProductPolicy.uniform(game) }
        return ProductPolicy(tables: game.agents.map { agent in
            (0..<game.stateCount).flatMap { _ in rng.dirichlet(dimension: agent.actionCount) }
        })
    }
}
