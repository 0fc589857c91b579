import GSLKit
import MarkovGames
@testable import Learners

/// Small games for the learner tests, from the catalog's builders (seeded) or built by hand.
enum TestGames {
    /// A random identical-interest game (catalog builder).
    static func identicalInterest(states: Int = 3, agents: Int = 2, actions: Int = 2, gamma: Double = 0.9, seed: UInt64 = 1) -> Game {
        try! GameCatalog.builder(named: "random-identical-interest").build(
            overrides: ["states": "\(states)", "agents": "\(agents)", "actions": "\(actions)", "gamma": "\(gamma)"], seed: seed)
    }

    static func named(_ name: String, _ overrides: [String: String] = [:], seed: UInt64 = 0) -> Game {
        try! GameCatalog.builder(named: name).build(overrides: overrides, seed: seed)
    }

    /// A one-state, one-agent bandit on [−1, 1] carried by a `points`-node rule, r(a) = −5(a − 0.4)², γ = 0.5.
    static func continuousBandit(points: Int = 12) -> Game {
        let rule = ActionQuadrature(lowerBound: -1, upperBound: 1, points: points)
        let rewards = rule.nodes.map { -5 * ($0 - 0.4) * ($0 - 0.4) }
        return try! Game(name: "bandit", stateNames: ["s"], agents: [Agent(name: "agent1", rule: rule)], gamma: 0.5,
                         initial: [1], transitions: [Double](repeating: 1, count: points), rewards: .shared(rewards))
    }

    /// Runs `learner` for `iterations` steps and returns the trace text (header and every line).
    static func traceText(_ learner: String, game: Game, iterations: Int, seed: UInt64 = 0, _ overrides: [String: String] = [:]) throws -> String {
        let spec = try LearnerCatalog.learner(named: learner)
        let (run, params) = try spec.prepare(game: game, iterations: iterations, seed: seed, overrides: overrides)
        let header = TraceHeader(learner: learner, gameName: game.name, gameHash: GameHash.of(game), parameters: params.ordered,
                                 seed: seed, iterations: iterations, target: run.targetRule)
        var lines = [JSONWriter.compact(header.json)]
        lines.append(JSONWriter.compact(TraceIterate(iteration: 0, iterate: try run.start()).json(game: game)))
        for k in 1...iterations {
            lines.append(JSONWriter.compact(TraceIterate(iteration: k, iterate: try run.step()).json(game: game)))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
