import Divergences
import Foundation
import GSLKit
import MarkovGames

/// Row-wise operations on policy tables (every row a distribution over one agent's actions).
public enum PolicyRows {
    /// softmax(logits) row by row, rows of length `width`.
    public static func softmax(_ logits: [Double], width: Int) -> [Double] {
        precondition(width >= 1 && logits.count % width == 0, "PolicyRows.softmax: \(logits.count) logits in rows of \(width)")
        var out: [Double] = []
        out.reserveCapacity(logits.count)
        for r in 0..<(logits.count / width) { out += Special.softmax(Array(logits[(r * width)..<((r + 1) * width)])) }
        return out
    }

    /// log softmax(logits) row by row, rows of length `width`: logits − logsumexp(row) (finite where
    /// the softmax underflows).
    public static func logSoftmax(_ logits: [Double], width: Int) -> [Double] {
        precondition(width >= 1 && logits.count % width == 0, "PolicyRows.logSoftmax: \(logits.count) logits in rows of \(width)")
        var out: [Double] = []
        out.reserveCapacity(logits.count)
        for r in 0..<(logits.count / width) {
            let z = Array(logits[(r * width)..<((r + 1) * width)])
            let lse = Special.logSumExp(z)
            out += z.map { $0 - lse }
        }
        return out
    }

    /// Row r of a flat table with `width` entries per row.
    public static func row(_ table: [Double], _ r: Int, width: Int) -> [Double] {
        Array(table[(r * width)..<((r + 1) * width)])
    }

    /// log p row by row with log 0 = −∞ (the logits a softmax policy with table p has, up to a per-row constant).
    public static func logits(_ p: [Double]) -> [Double] { p.map { $0 > 0 ? log($0) : -.infinity } }

    /// D_TV(p, q) and KL(p ‖ q) of two rows (`DiscreteDivergence`; KL is +∞ when p(a) > 0 = q(a));
    /// NaN for rows that are not distributions.
    public static func divergences(_ p: ArraySlice<Double>, _ q: ArraySlice<Double>) -> (totalVariation: Double, kullbackLeibler: Double) {
        precondition(p.count == q.count, "PolicyRows.divergences: rows of length \(p.count) and \(q.count)")
        guard let a = try? DiscreteDistribution(probabilities: Array(p)), let b = try? DiscreteDistribution(probabilities: Array(q)) else {
            return (.nan, .nan)
        }
        return (DiscreteDivergence.totalVariation(a, b), DiscreteDivergence.kullbackLeibler(a, b))
    }

    /// KL(p ‖ q) of two rows.
    public static func kullbackLeibler(_ p: ArraySlice<Double>, _ q: ArraySlice<Double>) -> Double { divergences(p, q).kullbackLeibler }

    /// KL(p ‖ q) from log q (finite where q underflows), through Divergences' log-probability form;
    /// NaN when a row is not a distribution.
    public static func kullbackLeibler(_ p: [Double], logOf logQ: [Double]) -> Double {
        guard let a = try? DiscreteDistribution(probabilities: p), let b = try? DiscreteDistribution(logProbabilities: logQ) else { return .nan }
        return DiscreteDivergence.kullbackLeibler(a, b)
    }

    /// max over rows of D_TV and of KL between two tables with rows of length `width`.
    public static func maximumDistances(_ p: [Double], _ q: [Double], width: Int) -> TargetDistance {
        precondition(p.count == q.count && p.count % width == 0, "PolicyRows.maximumDistances: shapes")
        var tv = 0.0, kl = 0.0
        for r in 0..<(p.count / width) {
            let range = (r * width)..<((r + 1) * width)
            let d = divergences(p[range], q[range])
            tv = max(tv, d.totalVariation)
            kl = max(kl, d.kullbackLeibler)
        }
        return TargetDistance(totalVariation: tv, kullbackLeibler: kl)
    }

    /// The distances of two policies of the same kind and shape on `game`, max over every row of every
    /// table (agents × states for product policies; agents × states × predecessors' actions for
    /// conditional ones; states for joint ones). Precondition: same kind (and order).
    public static func maximumDistances(_ p: Policy, _ q: Policy, game: Game) -> TargetDistance {
        var tv = 0.0, kl = 0.0
        func merge(_ d: TargetDistance) { tv = max(tv, d.totalVariation); kl = max(kl, d.kullbackLeibler) }
        switch (p, q) {
        case (.product(let a), .product(let b)):
            for i in 0..<game.agentCount { merge(maximumDistances(a.tables[i], b.tables[i], width: game.agents[i].actionCount)) }
        case (.conditional(let a), .conditional(let b)):
            precondition(a.order == b.order, "PolicyRows.maximumDistances: orders \(a.order) and \(b.order)")
            for (m, agent) in a.order.enumerated() {
                merge(maximumDistances(a.tables[m], b.tables[m], width: game.agents[agent].actionCount))
            }
        case (.joint(let a), .joint(let b)):
            merge(maximumDistances(a.table, b.table, width: game.jointActionCount))
        default:
            preconditionFailure("PolicyRows.maximumDistances: a \(p.kind) and a \(q.kind) policy")
        }
        return TargetDistance(totalVariation: tv, kullbackLeibler: kl)
    }
}
