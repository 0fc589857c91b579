import GSLKit
import Learners
import MarkovGames

/// The feature map ϕ(s, a^{1:m−1}, a^m) ∈ ℝ^{d_m} of mappo's log-linear conditional policies, eq. (2),
///
///   π_{θ^m}(a^m|s,a^{1:m−1}) = exp(ϕ(s,a^{1:m−1},a^m)ᵀθ^m) / Σ_{a∈A} exp(ϕ(s,a^{1:m−1},a)ᵀθ^m),  ‖ϕ‖₂ ≤ 1,
///
/// one map per agent m, flat [s][b_m][d_m] (`PrefixLayout`). Footnote 3 allows a dimension per agent;
/// one-hot features (d_m = |S|·P_m) give the tabular softmax of App. E.
struct LogLinearFeatures: Sendable {
    let layout: PrefixLayout
    /// ϕ of agent m at `maps[m−1]`, flat [s·P_m + b_m][d_m] (Learners' `LocalizedFeatures`).
    let maps: [LocalizedFeatures]

    /// d_m for m = 1…N, stored 0-based.
    var dimensions: [Int] { maps.map(\.dimension) }

    /// Features from stored raw vectors, each scaled into the unit ball: ϕ = v / max(1, ‖v‖₂), so
    /// any raw vector (e.g. one moved by the counterexample search) gives an admissible map.
    init(layout: PrefixLayout, dimensions: [Int], raw: [[Double]]) {
        precondition(dimensions.count == layout.agentCount && raw.count == layout.agentCount, "LogLinearFeatures: one map per agent")
        self.layout = layout
        maps = (0..<layout.agentCount).map { i in
            let d = dimensions[i], n = layout.entries(prefix: i + 1)
            precondition(raw[i].count == n * d, "LogLinearFeatures: agent \(i + 1) has \(raw[i].count) raw entries, expected \(n * d)")
            var v = raw[i]
            for j in 0..<n {
                let norm = Vector.twoNorm(Array(v[(j * d)..<((j + 1) * d)]))
                if norm > 1 { for t in 0..<d { v[j * d + t] /= norm } }
            }
            return LocalizedFeatures(vectors: v, dimension: d)
        }
    }

    /// One-hot features over (s, a^{1:m}): d_m = |S|·P_m (tabular softmax).
    static func oneHot(_ layout: PrefixLayout) -> LogLinearFeatures {
        LogLinearFeatures(layout: layout, maps: (1...layout.agentCount).map { LocalizedFeatures.oneHot(count: layout.entries(prefix: $0)) })
    }

    private init(layout: PrefixLayout, maps: [LocalizedFeatures]) {
        self.layout = layout
        self.maps = maps
    }

    /// Raw Gaussian vectors of dimension d for every agent, each scaled to a norm uniform in
    /// [½, 1] (stored as an instance's vectors `phi1`, `phi2`, …).
    static func randomRaw(_ layout: PrefixLayout, dimension d: Int, _ rng: RandomSource) -> [[Double]] {
        (1...layout.agentCount).map { m in
            (0..<layout.entries(prefix: m)).flatMap { _ -> [Double] in
                let v = (0..<d).map { _ in rng.normal() }
                let scale = rng.uniform(0.5, 1) / max(Vector.twoNorm(v), 1e-300)
                return v.map { $0 * scale }
            }
        }
    }

    /// ϕ at entry j (= s·P_m + b_m) of agent m.
    func feature(agent m: Int, entry j: Int) -> ArraySlice<Double> { maps[m - 1].vector(j) }

    /// ϕᵀθ at every entry of agent m, flat [s][b_m].
    func scores(agent m: Int, _ theta: [Double]) -> [Double] {
        precondition(theta.count == maps[m - 1].dimension, "LogLinearFeatures.scores: θ has \(theta.count) entries, d = \(maps[m - 1].dimension)")
        return maps[m - 1].logits(theta)
    }

    /// Agent m's table π_{θ^m} of eq. (2), flat [s][b_{m−1}][a], each row a softmax of the scores.
    func table(agent m: Int, _ theta: [Double]) -> [Double] {
        PolicyRows.softmax(scores(agent: m, theta), width: layout.actionCount(agent: m))
    }

    /// The autoregressive policy (π_{θ^1}, …, π_{θ^N}).
    func policy(_ theta: [[Double]]) -> ConditionalPolicy {
        ConditionalPolicy(order: layout.order, tables: (1...layout.agentCount).map { table(agent: $0, theta[$0 - 1]) })
    }
}
