import Foundation
import GSLKit
import MarkovGames

/// The reverse DDPM sampler of ddpl Sec. 2.2 with projection onto the action set:
/// a_H ~ N(0, 1), a_{τ−1} = (a_τ + β_τ s_τ^θ(a_τ))/√α_τ + σ_τ ε with σ_τ² = β_τ/α_τ for τ = H…1,
/// then Proj_A(a_0) (clamping to the interval, [−1, 1] in normalised coordinates).
public struct ReverseSampler: Sendable {
    public let schedule: NoiseSchedule

    public init(schedule: NoiseSchedule) { self.schedule = schedule }

    /// One projected sample (normalised coordinates) at state s.
    public func sample(_ net: ScoreNetwork, state s: Int, rng: RandomSource) -> Double {
        var x = rng.normal()
        for tau in stride(from: schedule.steps, through: 1, by: -1) {
            let beta = schedule.beta(tau), alpha = schedule.alpha(tau)
            x = (x + beta * net.score(x, step: tau, state: s)) / alpha.squareRoot()
                + schedule.reverseVariance(tau).squareRoot() * rng.normal()
        }
        return min(max(x, -1), 1)
    }

    /// The policy the network represents at state s, tabulated on the action rule: the fraction of
    /// `count` projected samples whose nearest node is a_j (the cell of a_j). Each entry is a
    /// Monte-Carlo frequency with standard error √(p_j(1−p_j)/count).
    public func tabulate(_ net: ScoreNetwork, state s: Int, rule: ActionQuadrature, scaling: ActionScaling,
                         count: Int, rng: RandomSource) -> (table: [Double], samples: [Double]) {
        let cells = ActionCells(rule: rule)
        var counts = [Double](repeating: 0, count: rule.pointCount)
        var samples: [Double] = []
        samples.reserveCapacity(count)
        for _ in 0..<count {
            let a = scaling.action(sample(net, state: s, rng: rng))
            samples.append(a)
            counts[cells.cell(of: a)] += 1
        }
        return (counts.map { $0 / Double(count) }, samples)
    }
}

/// The cells of an action rule: action a belongs to the node nearest to it.
public struct ActionCells: Sendable {
    public let nodes: [Double]

    public init(rule: ActionQuadrature) { nodes = rule.nodes }

    /// The index of the nearest node (nodes are increasing; binary search on the midpoints).
    public func cell(of a: Double) -> Int {
        var lo = 0, hi = nodes.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if a <= 0.5 * (nodes[mid] + nodes[mid + 1]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
