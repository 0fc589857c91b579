import GSLKit
@testable import MarkovGames

/// A random game for property tests: the random-identical-interest builder with the given sizes.
func randomGame(states: Int, agents: Int, actions: Int, seed: UInt64) throws -> Game {
    try GameCatalog.builder(named: "random-identical-interest").build(
        overrides: ["states": "\(states)", "agents": "\(agents)", "actions": "\(actions)"], seed: seed)
}

/// A random product policy: each row Dirichlet(1).
func randomProductPolicy(_ game: Game, rng: RandomSource) -> ProductPolicy {
    ProductPolicy(tables: game.agents.map { agent in
        (0..<game.stateCount).flatMap { _ in rng.dirichlet(dimension: agent.actionCount) }
    })
}

/// A random conditional policy for the agent order `order`: each row Dirichlet(1).
func randomConditionalPolicy(_ game: Game, order: [Int], rng: RandomSource) -> ConditionalPolicy {
    var prefix = 1
    var tables: [[Double]] = []
    for agent in order {
        let k = game.agents[agent].actionCount
        tables.append((0..<(game.stateCount * prefix)).flatMap { _ in rng.dirichlet(dimension: k) })
        prefix *= k
    }
    return ConditionalPolicy(order: order, tables: tables)
}

/// A random joint policy: each row Dirichlet(1).
func randomJointPolicy(_ game: Game, rng: RandomSource) -> JointPolicy {
    JointPolicy(table: (0..<game.stateCount).flatMap { _ in rng.dirichlet(dimension: game.jointActionCount) })
}

/// The row sums of a row-major table with rows of length `width`.
func rowSums(_ table: [Double], width: Int) -> [Double] {
    (0..<(table.count / width)).map { r in table[(r * width)..<((r + 1) * width)].reduce(0, +) }
}

/// Exact policy evaluation for tests: V_i = r_i^π + γ P^π V_i by fixed-point iteration to
/// convergence (γ-contraction; stopped when the update is below 1e-15 of the scale, or after
/// enough sweeps that γ^sweeps·r_max/(1−γ) is below that).
func policyValues(_ game: Game, _ joint: JointPolicy, agent i: Int) -> [Double] {
    let nS = game.stateCount, nA = game.jointActionCount
    var r = [Double](repeating: 0, count: nS)
    var p = [Double](repeating: 0, count: nS * nS)
    for s in 0..<nS {
        for a in 0..<nA {
            let w = joint.table[s * nA + a]
            guard w > 0 else { continue }
            r[s] += w * game.reward(agent: i, s, a)
            for t in 0..<nS { p[s * nS + t] += w * game.probability(from: s, a, to: t) }
        }
    }
    var v = [Double](repeating: 0, count: nS)
    let scale = max(game.maxAbsoluteReward, 1) / (1 - game.gamma)
    for _ in 0..<100_000 {
        var next = r
        for s in 0..<nS { for t in 0..<nS { next[s] += game.gamma * p[s * nS + t] * v[t] } }
        let change = zip(next, v).map { abs($0 - $1) }.max()!
        v = next
        if change <= 1e-15 * scale { break }
    }
    return v
}
