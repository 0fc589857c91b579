import GSLKit
import MarkovGames

/// The logits of a conditional (autoregressive) softmax policy along an agent order σ:
/// `tables[m]` is flat [s][b_m][a] like `ConditionalPolicy.tables[m]`, and
/// π^m(a|s,b_m) = softmax_a(tables[m][s][b_m][·]). Keeping logits (not probabilities) lets long
/// runs approach deterministic policies without underflow.
public struct ConditionalLogits: Sendable, Equatable {
    public let order: [Int]
    /// |A_σ(m)| for every position m.
    public let widths: [Int]
    public var tables: [[Double]]

    /// All-zero logits (the uniform policy, mappo Alg. 1 line 1: θ_0^m = 0).
    public init(game: Game, order: [Int]) {
        self.order = order
        widths = order.map { game.agents[$0].actionCount }
        tables = ConditionalPolicy.uniform(game, order: order).tables.map { [Double](repeating: 0, count: $0.count) }
    }

    /// The logits log π of a given policy (a product policy is read as a conditional one along `order`).
    public init(game: Game, order: [Int], initial: Policy) throws(ModelError) {
        let conditional: ConditionalPolicy
        switch initial {
        case .product(let p): conditional = ConditionalPolicy(p, game: game, order: order)
        case .conditional(let c):
            guard c.order == order else { throw ModelError(path: "--initial", "the policy's order \(c.order) differs from the learner's order \(order)") }
            conditional = c
        case .joint: throw ModelError(path: "--initial", "a conditional learner cannot start from a joint policy")
        }
        self.init(game: game, order: order)
        tables = conditional.tables.map(PolicyRows.logits)
    }

    /// The conditional policy.
    public var policy: ConditionalPolicy {
        ConditionalPolicy(order: order, tables: zip(tables, widths).map { PolicyRows.softmax($0.0, width: $0.1) })
    }

    /// Adds `scale · direction[m]` to position m's logits (direction flat [s][b_m][a], like the table).
    public mutating func add(_ direction: [Double], scale: Double, at m: Int) {
        precondition(direction.count == tables[m].count, "ConditionalLogits.add: \(direction.count) entries for \(tables[m].count)")
        for k in tables[m].indices where tables[m][k].isFinite { tables[m][k] += scale * direction[k] }
    }
}
