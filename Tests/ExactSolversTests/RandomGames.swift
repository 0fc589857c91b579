import ExactSolvers
import GSLKit
import MarkovGames
import PropertyBased

/// The shape of a random test game; every other choice (action counts per agent, reward kind,
/// transition sparsity, γ) is drawn from `seed`, so one shape is one reproducible game.
struct GameShape: Sendable, CustomStringConvertible {
    var states: Int
    var agents: Int
    var maxActions: Int
    var seed: UInt64

    var description: String { "GameShape(states: \(states), agents: \(agents), maxActions: \(maxActions), seed: \(seed))" }

    /// Shapes with |S| ≤ 30, n ≤ 4, |A_i| ≤ 4 (so |A| ≤ 256).
    static func generator(states: ClosedRange<Int> = 1...30, agents: ClosedRange<Int> = 1...4,
                          maxActions: ClosedRange<Int> = 1...4) -> Generator<GameShape, some SendableSequenceType> {
        zip(Gen.int(in: states), Gen.int(in: agents), Gen.int(in: maxActions), Gen.uint64(in: 0...UInt64(1) << 40))
            .map { s, n, k, seed in GameShape(states: s, agents: n, maxActions: k, seed: seed) }
    }

    /// The game. Half of the shapes with equal action counts and a shared reward come from the
    /// catalog's `random-identical-interest` builder; the others are built here with heterogeneous
    /// action counts, per-agent rewards in some, and near-sparse transitions in some.
    func game() -> Game {
        let rng = RandomSource(seed: seed)
        let gamma = [0.0, 0.5, 0.9, 0.99][rng.integer(below: 4)]
        if rng.uniform() < 0.5 {
            let builder = try! GameCatalog.builder(named: "random-identical-interest")
            return try! builder.build(overrides: ["states": "\(states)", "agents": "\(agents)",
                                                  "actions": "\(maxActions)", "gamma": "\(gamma)"], seed: seed)
        }
        let sizes = (0..<agents).map { _ in rng.integer(in: 1...maxActions) }
        let agentList = sizes.enumerated().map { i, k in Agent(name: "agent\(i + 1)", actions: (0..<k).map { "a\($0)" }) }
        let nA = sizes.reduce(1, *)
        let concentration = rng.uniform() < 0.5 ? 1.0 : 0.2
        var transitions: [Double] = []
        for _ in 0..<(states * nA) { transitions += rng.dirichlet(dimension: states, concentration: concentration) }
        let rewards: Rewards = rng.uniform() < 0.5
            ? .shared((0..<(states * nA)).map { _ in rng.uniform(-1, 1) })
            : .perAgent((0..<agents).map { _ in (0..<(states * nA)).map { _ in rng.uniform(-1, 1) } })
        return try! Game(name: "test-random", stateNames: (0..<states).map { "s\($0)" }, agents: agentList, gamma: gamma,
                         initial: rng.dirichlet(dimension: states), transitions: transitions, rewards: rewards)
    }
}

/// Random policies for a game, seeded.
enum RandomPolicies {
    /// A product policy with Dirichlet(α) rows; with probability 1/4 a row is deterministic.
    static func product(_ game: Game, rng: RandomSource, concentration: Double = 1) -> ProductPolicy {
        ProductPolicy(tables: game.agents.map { agent in
            (0..<game.stateCount).flatMap { _ in row(agent.actionCount, rng: rng, concentration: concentration) }
        })
    }

    /// A conditional policy for a random order, every row Dirichlet(α) (or deterministic, 1 in 4).
    static func conditional(_ game: Game, rng: RandomSource) -> ConditionalPolicy {
        let order = rng.permutation(game.agentCount)
        var prefix = 1, tables: [[Double]] = []
        for agent in order {
            let k = game.agents[agent].actionCount
            tables.append((0..<(game.stateCount * prefix)).flatMap { _ in row(k, rng: rng, concentration: 1) })
            prefix *= k
        }
        return ConditionalPolicy(order: order, tables: tables)
    }

    static func row(_ k: Int, rng: RandomSource, concentration: Double) -> [Double] {
        if rng.uniform() < 0.25 {
            var r = [Double](repeating: 0, count: k)
            r[rng.integer(below: k)] = 1
            return r
        }
        return rng.dirichlet(dimension: k, concentration: concentration)
    }
}

/// Round-off allowances used by the tests, each derived where it is used from
/// `DiscountedTolerance` (backward-stable LU: residual ≤ 8nε(1+γ)‖x‖, forward error ≤ κ·8nε‖x‖,
/// κ ≤ (1+γ)/(1−γ)).
enum Roundoff {
    /// The error of a sum of `terms` products of magnitude ≤ `scale`: terms·ε·scale, doubled.
    static func sum(terms: Int, scale: Double) -> Double { 2 * Double(max(terms, 1)) * Double.ulpOfOne * max(scale, Double.leastNormalMagnitude) }
}
