import Foundation
import GSLKit
import MarkovGames

/// The map between an instance and the unconstrained coordinates x ∈ ℝᵈ the Nelder–Mead search
/// moves: probabilities through their logs (decoded by a row softmax), bounded reals through
/// logits, positive reals through logs.
struct SearchCoordinates {
    let space: SearchSpace
    let template: ClaimInstance

    /// log(p) floored at log(1e-12), so zero probabilities stay reachable from finite coordinates.
    private static func logProbability(_ p: Double) -> Double { log(max(p, 1e-12)) }

    private static func softmaxRows(_ x: ArraySlice<Double>, width: Int) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(x.count)
        var i = x.startIndex
        while i < x.endIndex {
            out += Special.softmax(Array(x[i..<(i + width)]))
            i += width
        }
        return out
    }

    private static func logit(_ u: Double) -> Double {
        let c = min(max(u, 1e-12), 1 - 1e-12)
        return log(c / (1 - c))
    }

    private static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    /// The coordinates of `template`.
    func encode() -> [Double] {
        var x: [Double] = []
        if let g = template.game {
            if space.transitions { x += g.transitions.map(Self.logProbability) }
            if let range = space.rewards {
                let width = range.upperBound - range.lowerBound
                for agent in rewardTables(g) {
                    x += agent.map { Self.logit(($0 - range.lowerBound) / width) }
                }
            }
            if space.initial { x += g.initial.map(Self.logProbability) }
            for name in space.policies {
                guard let p = template.policies[name] else { continue }
                x += policyTables(p).flatMap { $0.map(Self.logProbability) }
            }
        }
        for name in space.scalars.keys.sorted() {
            guard let v = template.scalars[name] else { continue }
            switch space.scalars[name]! {
            case .real: x.append(v)
            case .positive: x.append(log(max(v, Double.leastNormalMagnitude)))
            case .interval(let a, let b): x.append(Self.logit((v - a) / (b - a)))
            }
        }
        for name in space.vectors.keys.sorted() {
            guard let v = template.vectors[name] else { continue }
            x += space.vectors[name]! ? v.map(Self.logProbability) : v
        }
        return x
    }

    /// The instance at coordinates `x` (same shapes as the template). Throws `ModelError` only if
    /// the decoded game breaks a model rule, which the softmax construction rules out up to round-off.
    func decode(_ x: [Double]) throws -> ClaimInstance {
        var out = template
        var k = 0
        func take(_ n: Int) -> ArraySlice<Double> {
            defer { k += n }
            return x[k..<(k + n)]
        }
        if let g = template.game {
            var transitions = g.transitions, rewards = g.rewards, initial = g.initial
            if space.transitions { transitions = Self.softmaxRows(take(g.transitions.count), width: g.stateCount) }
            if let range = space.rewards {
                let width = range.upperBound - range.lowerBound
                let tables = rewardTables(g).map { t in take(t.count).map { range.lowerBound + width * Self.sigmoid($0) } }
                rewards = g.rewards.isShared ? .shared(tables[0]) : .perAgent(tables)
            }
            if space.initial { initial = Special.softmax(Array(take(g.stateCount))) }
            let game = try Game(name: g.name, stateNames: g.stateNames, agents: g.agents, gamma: g.gamma, initial: initial,
                                transitions: transitions, rewards: rewards, graph: g.graph, population: g.population,
                                source: g.source)
            out.game = game
            for name in space.policies {
                guard let p = template.policies[name] else { continue }
                out.policies[name] = rebuild(p, game: game) { table, width in Self.softmaxRows(take(table.count), width: width) }
            }
        }
        for name in space.scalars.keys.sorted() where template.scalars[name] != nil {
            let c = take(1).first!
            out.scalars[name] = switch space.scalars[name]! {
            case .real: c
            case .positive: exp(c)
            case .interval(let a, let b): a + (b - a) * Self.sigmoid(c)
            }
        }
        for name in space.vectors.keys.sorted() {
            guard let v = template.vectors[name] else { continue }
            let c = Array(take(v.count))
            out.vectors[name] = space.vectors[name]! ? Special.softmax(c) : c
        }
        return out
    }

    private func rewardTables(_ g: Game) -> [[Double]] {
        switch g.rewards {
        case .shared(let r): [r]
        case .perAgent(let rs): rs
        }
    }

    private func policyTables(_ p: Policy) -> [[Double]] {
        switch p {
        case .product(let q): q.tables
        case .conditional(let q): q.tables
        case .joint(let q): [q.table]
        }
    }

    /// The policy with each table replaced by `make(table, rowWidth)`.
    private func rebuild(_ p: Policy, game: Game, _ make: ([Double], Int) -> [Double]) -> Policy {
        switch p {
        case .product(let q):
            return .product(ProductPolicy(tables: q.tables.enumerated().map { make($0.element, game.agents[$0.offset].actionCount) }))
        case .conditional(let q):
            return .conditional(ConditionalPolicy(order: q.order, tables: q.tables.enumerated().map {
                make($0.element, game.agents[q.order[$0.offset]].actionCount)
            }))
        case .joint(let q):
            return .joint(JointPolicy(table: make(q.table, game.jointActionCount)))
        }
    }
}
