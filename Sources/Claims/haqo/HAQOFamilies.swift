import Foundation
import GSLKit
import MarkovGames

/// The instance classes haqo's claims are checked on.
enum HAQOFamilies {
    /// A random heterogeneous cooperative game (|S| ∈ {2,3}, n ∈ {2,3}, |A^i| ∈ {2,3} each,
    /// r ~ U[−1,1], γ ∈ {0.5, 0.9}) with two full-support product policies: "old" (π_old) and
    /// "target", the end of the update path π_t ∝ π_old^{1−t} π_target^t along which the trust
    /// radius δ is swept. Every row softmax(1.5·N(0,1)).
    static let sequentialPair = InstanceFamily(
        description: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); product policies π_old = 'old' and an update path towards 'target'",
        searchSpace: .game(rewardRange: -1...1, policies: ["old", "target"]),
        shrinking: .game,
        admissible: { HAQOGames.admissible($0, policies: ["old", "target"]) }
    ) { rng in
        let g = try HAQOGames.game(rng)
        return ClaimInstance(game: g, policies: ["old": .product(HAQOGames.softmaxPolicy(g, rng)),
                                                 "target": .product(HAQOGames.softmaxPolicy(g, rng))])
    }

    /// A random heterogeneous cooperative game with two full-support joint policies "pi" (π, rows
    /// softmax(c·N(0,1)) over the joint actions, c ∈ {1.5, 5, 20}: c = 20 is nearly deterministic) and "piPrime" (π′ ∝ π^{1−t}·π_r^t for another such
    /// π_r and t log-uniform in [1e-3, 1], so that pairs from nearly equal to unrelated occur):
    /// Lemmas A.8, A.10 and Remark A.9 speak of any joint policies.
    static let jointPair = InstanceFamily(
        description: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); joint policies π = 'pi', π′ = 'piPrime' at a random distance from π",
        searchSpace: .game(rewardRange: -1...1, policies: ["pi", "piPrime"]),
        shrinking: .game,
        admissible: { x in
            guard let g = x.game else { return "no game" }
            return g.rewards.isShared ? nil : "the reward is not shared"
        }
    ) { rng in
        let g = try HAQOGames.game(rng)
        let temperature = [1.5, 5, 20][rng.integer(below: 3)]
        func joint() -> [Double] {
            (0..<g.stateCount).flatMap { _ in Special.softmax((0..<g.jointActionCount).map { _ in temperature * rng.normal() }) }
        }
        let pi = joint(), other = joint(), t = exp(rng.uniform(log(1e-3), 0))
        let piPrime = PolicyPaths.interpolate(pi, other, t: t, width: g.jointActionCount)
        return ClaimInstance(game: g, policies: ["pi": .joint(JointPolicy(table: pi)), "piPrime": .joint(JointPolicy(table: piPrime))])
    }

    /// A random cooperative game with one product policy "pi" (Lemma A.6, Assumption A.1).
    static let singlePolicy = InstanceFamily(
        description: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); a product policy π = 'pi'",
        searchSpace: .game(rewardRange: -1...1, policies: ["pi"]),
        shrinking: .game,
        admissible: { HAQOGames.admissible($0, policies: ["pi"]) }
    ) { rng in
        let g = try HAQOGames.game(rng)
        return ClaimInstance(game: g, policies: ["pi": .product(HAQOGames.softmaxPolicy(g, rng))])
    }

    /// A random cooperative game with π_old = 'old' only: the update is made by a rule
    /// (natural-gradient sweep) inside the measurement.
    static let oldPolicy = InstanceFamily(
        description: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); π_old = 'old'",
        searchSpace: .game(rewardRange: -1...1, policies: ["old"]),
        shrinking: .game,
        admissible: { HAQOGames.admissible($0, policies: ["old"]) }
    ) { rng in
        let g = try HAQOGames.game(rng)
        return ClaimInstance(game: g, policies: ["old": .product(HAQOGames.softmaxPolicy(g, rng))])
    }

    /// One idealised HAQO round (T2, `SequentialUpdateRules.haqoRound`) from π_old = 'old' on a
    /// random two-agent cooperative game (|S| ≤ 3, |A^i| ≤ 3), with entropy coefficient α
    /// ('alpha', log-uniform in [1e-3, 0.5], the paper's sub-critical to super-critical range,
    /// Table 7), trust radius δ ('radius', log-uniform in [1e-4, 1e-1]; the paper uses 0.01) and a
    /// qcut threshold ε ('threshold', log-uniform in [1e-2, 1]; unstated in the paper).
    static let haqoRound = InstanceFamily(
        description: "random two-agent cooperative games (|S| ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); π_old = 'old'; idealised HAQO step with qadv weights, α = 'alpha' ∈ [1e-3, 0.5], δ = 'radius' ∈ [1e-4, 0.1]; qcut threshold 'threshold' ∈ [1e-2, 1]",
        searchSpace: SearchSpace(transitions: true, rewards: -1...1, initial: true, policies: ["old"],
                                 scalars: ["alpha": .interval(1e-3, 0.5), "radius": .interval(1e-4, 0.1), "threshold": .interval(1e-2, 1)]),
        shrinking: .game,
        admissible: { x in
            if let reason = HAQOGames.admissible(x, policies: ["old"]) { return reason }
            guard let a = x.scalars["alpha"], a > 0, let d = x.scalars["radius"], d > 0 else { return "α and δ must be positive" }
            return nil
        }
    ) { rng in
        let g = try HAQOGames.game(rng, agents: 2...2)
        return ClaimInstance(game: g, policies: ["old": .product(HAQOGames.softmaxPolicy(g, rng))],
                             scalars: ["alpha": exp(rng.uniform(log(1e-3), log(0.5))), "radius": exp(rng.uniform(log(1e-4), log(0.1))),
                                       "threshold": exp(rng.uniform(log(1e-2), 0))],
                             seed: SeedSequence.derive(rng.seed, "critic bias"))
    }

    /// The permutations of 0..<n in lexicographic order.
    static func permutations(_ n: Int) -> [[Int]] {
        if n <= 1 { return [Array(0..<n)] }
        var out: [[Int]] = []
        for first in 0..<n {
            for rest in permutations(n - 1) { out.append([first] + rest.map { $0 >= first ? $0 + 1 : $0 }) }
        }
        return out
    }

    /// "2-1-3" (1-based agents) for labels.
    static func label(_ order: [Int]) -> String { order.map { String($0 + 1) }.joined(separator: "-") }
}

/// The sweep of the trust radius along the update path π_t (t = 1 … 1e-4), over every agent
/// order i_{1:n}: the statements hold for "a random permutation", so for each one drawn.
enum SequentialSweep {
    /// Path positions t: δ ∝ t² spans about eight decades.
    static let steps: [Double] = [1, 0.3, 0.1, 0.03, 0.01, 0.003, 1e-3, 3e-4, 1e-4]

    /// Measures `body` on the round of every permutation and every t of the geometric path from
    /// 'old' to 'target'; the quantities returned are those of the least-slack measurement.
    static func evaluate(_ x: ClaimInstance, steps: [Double] = steps, notes: [String] = [],
                         _ body: (SequentialRound) throws -> [(Measurement, [NamedValue])]) throws -> Evaluation {
        let g = try x.requireGame(), old = try x.productPolicy("old"), target = try x.productPolicy("target")
        var all: [(Measurement, [NamedValue])] = []
        for order in HAQOFamilies.permutations(g.agentCount) {
            for t in steps {
                let round = try SequentialRound(game: g, old: old, new: PolicyPaths.geometric(from: old, to: target, at: t, game: g), order: order)
                for (m, q) in try body(round) {
                    all.append((Measurement("order \(HAQOFamilies.label(order)), t=\(shortNumber(t))" + (m.label.isEmpty ? "" : ", " + m.label),
                                            lhs: m.lhs, m.relation, rhs: m.rhs, tolerance: m.tolerance, trivialBound: m.trivialBound), q))
                }
            }
        }
        return collect(all, notes: notes)
    }

    /// Step sizes η of the natural-gradient sweep: δ ∝ η² spans about eight decades.
    static let learningRates: [Double] = [3, 1, 0.3, 0.1, 0.03, 0.01, 3e-3, 1e-3, 3e-4]

    /// Measures `body` on the round of every permutation and every η of the sequential
    /// natural-gradient update (`SequentialUpdateRules.naturalGradientRound`) from 'old'.
    static func evaluateNaturalGradient(_ x: ClaimInstance, rates: [Double] = learningRates, notes: [String] = [],
                                        _ body: (SequentialRound) throws -> [(Measurement, [NamedValue])]) throws -> Evaluation {
        let g = try x.requireGame(), old = try x.productPolicy("old")
        var all: [(Measurement, [NamedValue])] = []
        for order in HAQOFamilies.permutations(g.agentCount) {
            for eta in rates {
                let new = try SequentialUpdateRules.naturalGradientRound(game: g, old: old, order: order, eta: eta)
                let round = try SequentialRound(game: g, old: old, new: new, order: order)
                for (m, q) in try body(round) {
                    all.append((Measurement("order \(HAQOFamilies.label(order)), η=\(shortNumber(eta))" + (m.label.isEmpty ? "" : ", " + m.label),
                                            lhs: m.lhs, m.relation, rhs: m.rhs, tolerance: m.tolerance, trivialBound: m.trivialBound), q))
                }
            }
        }
        return collect(all, notes: notes)
    }

    /// All measurements, with the quantities of the least-slack one.
    static func collect(_ all: [(Measurement, [NamedValue])], notes: [String]) -> Evaluation {
        let worst = all.min { $0.0.relativeSlack < $1.0.relativeSlack }
        return Evaluation(measurements: all.map(\.0), quantities: worst?.1 ?? [], notes: notes)
    }
}
