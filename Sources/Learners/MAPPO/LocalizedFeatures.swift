import GSLKit
import MarkovGames

/// Feature maps ϕ(s, a^{1:m−1}, a^m) ∈ ℝ^d with ‖ϕ‖₂ ≤ 1 for the log-linear conditional policies of
/// mappo eq. (2), one per position m of the agent order. Entries are indexed like the tables of a
/// `ConditionalPolicy`: (s·P_m + b)·|A_σ(m)| + a, P_m the number of predecessors' joint actions.
///
/// `oneHot` gives tabular softmax (d = |S|·P_m·|A_σ(m)|; mappo App. E); `random` maps each index to a
/// fixed unit vector drawn N(0, I_d) and normalised, so the class is not tabular when d is smaller
/// than the number of indices and the projection sub-problem (4) has an error ε > 0.
public struct LocalizedFeatures: Sendable {
    /// ϕ of every index, flat [index][d].
    public let vectors: [Double]
    public let dimension: Int
    public let count: Int

    /// Features from stored vectors, flat [index][d] (`count` = vectors.count / d).
    public init(vectors: [Double], dimension: Int) {
        precondition(dimension >= 1 && vectors.count % dimension == 0, "LocalizedFeatures: \(vectors.count) entries in vectors of \(dimension)")
        self.vectors = vectors
        self.dimension = dimension
        count = vectors.count / dimension
    }

    public static func oneHot(count: Int) -> LocalizedFeatures {
        var v = [Double](repeating: 0, count: count * count)
        for k in 0..<count { v[k * count + k] = 1 }
        return LocalizedFeatures(vectors: v, dimension: count)
    }

    public static func random(count: Int, dimension d: Int, rng: RandomSource) -> LocalizedFeatures {
        var v: [Double] = []
        for _ in 0..<count {
            let g = (0..<d).map { _ in rng.normal() }
            let norm = Vector.twoNorm(g)
            v += g.map { $0 / norm }
        }
        return LocalizedFeatures(vectors: v, dimension: d)
    }

    /// ϕ(index).
    public func vector(_ index: Int) -> ArraySlice<Double> { vectors[(index * dimension)..<((index + 1) * dimension)] }

    /// ϕ(index)ᵀθ for every index: the logits of the log-linear policy with parameters θ.
    public func logits(_ theta: [Double]) -> [Double] {
        (0..<count).map { k in
            var s = 0.0
            for (x, t) in zip(vector(k), theta) { s += x * t }
            return s
        }
    }
}

/// The `features` parameters shared by the log-linear MA-PPO learners.
enum FeatureParameters {
    static let declared: [LearnerParameter] = [
        .init("features", default: "one-hot", "ϕ: one-hot (tabular softmax) or random unit vectors of dimension featureDimension", choices: ["one-hot", "random"]),
        .init("featureDimension", default: "4", "d of the random features"),
    ]

    /// One feature map per position of the order.
    static func features(game: Game, order: [Int], _ p: LearnerParameters, rng: RandomSource) throws(ModelError) -> [LocalizedFeatures] {
        let counts = ConditionalPolicy.uniform(game, order: order).tables.map(\.count)
        if p.text("features") == "random" {
            let d = try p.integer("featureDimension", in: 1...100_000)
            return counts.map { LocalizedFeatures.random(count: $0, dimension: d, rng: rng) }
        }
        return counts.map { LocalizedFeatures.oneHot(count: $0) }
    }
}
