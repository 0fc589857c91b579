import MarkovGames

/// The left side of ltde's (c, ρ)-exponential decay (Def. 3.4, bounded in Lemma 3.5) for one team
/// Q-function on Ξ:
///
///   Δ_s(k) = sup { |Q_s(µ, h) − Q_s(µ', h')| : µ(N_s^k) = µ'(N_s^k), h(N_s^k) = h'(N_s^k) }
///          = max over the classes of equal ζ_s^k of (max Q_s − min Q_s) within the class,
///
/// the sup over pairs being attained by the class maximum and minimum. Two configurations have
/// equal ζ_s^k exactly when their counts (n_y, c_y) agree for every y ∈ N_s^k (the outside mass is
/// then fixed by Σµ = 1). Δ_s(k) = 0 once N_s^k is every node.
struct OutsideSpread: Sendable {
    let team: Int
    let hops: Int
    /// N_s^k.
    let ball: [Int]
    /// The classes of equal ζ_s^k (configuration indices).
    let classes: [[Int]]
    /// Δ_s(k).
    let value: Double
    /// A pair attaining Δ_s(k): the larger Q first.
    let high: Int
    let low: Int

    init(actionValues q: [Double], space: TeamConfigurations, team s: Int, hops k: Int) {
        let ball = space.graph.neighbourhood(of: s, hops: k)
        let classes = space.classes { space.key($0, nodes: ball) }
        var best = (value: -1.0, high: 0, low: 0)
        for members in classes {
            var hi = members[0], lo = members[0]
            for xi in members {
                if q[xi] > q[hi] { hi = xi }
                if q[xi] < q[lo] { lo = xi }
            }
            if q[hi] - q[lo] > best.value { best = (q[hi] - q[lo], hi, lo) }
        }
        team = s
        hops = k
        self.ball = ball
        self.classes = classes
        value = best.value
        high = best.high
        low = best.low
    }

    /// The class index of every configuration.
    var classOfConfiguration: [Int] {
        var out = [Int](repeating: 0, count: classes.reduce(0) { $0 + $1.count })
        for (j, members) in classes.enumerated() { for xi in members { out[xi] = j } }
        return out
    }

    /// ecc(s): the largest hop distance from s (Δ_s(k) = 0 for k ≥ ecc(s)).
    static func eccentricity(of s: Int, in graph: StateGraph) -> Int {
        graph.distances(from: s).filter { $0 != .max }.max() ?? 0
    }
}

/// The weight families of ltde's local Q-function (Sec. 3.3, "Local Q-function"): non-negative
/// weights over the completions (µ(N_s^{−k}), h(N_s^{−k})) of each ζ_s^k, summing to 1.
enum LocalQWeights: String, CaseIterable, Sendable {
    /// Uniform over the completions in Ξ.
    case uniform
    /// ν-conditional: Q̂ = E_ν[Q_s | ζ_s^k].
    case stationary
    /// σ-conditional: Q̂ = E_σ[Q_s | ζ_s^k].
    case visitation
    /// A point mass on the first completion (an "anchor").
    case anchor
    /// A point mass on the completion with the largest Q_s (the worst case for (3.14)).
    case classMaximum
    /// Mass ½ on the largest and ½ on the smallest Q_s of the class.
    case midpoint

    /// Q̂_s extended naturally to Ξ (Q̂(ξ) = Q̂(ζ_s^k(ξ))), for the classes of `spread`.
    /// `nu` and `sigma` are needed by `.stationary` and `.visitation`.
    func localQ(_ q: [Double], classes: [[Int]], nu: [Double]? = nil, sigma: [Double]? = nil) -> [Double] {
        var out = [Double](repeating: 0, count: q.count)
        for members in classes {
            let value: Double
            switch self {
            case .uniform:
                value = members.reduce(0) { $0 + q[$1] } / Double(members.count)
            case .stationary, .visitation:
                let w = self == .stationary ? nu! : sigma!
                let mass = members.reduce(0) { $0 + w[$1] }
                value = mass > 0 ? members.reduce(0) { $0 + w[$1] * q[$1] } / mass
                                 : members.reduce(0) { $0 + q[$1] } / Double(members.count)
            case .anchor:
                value = q[members[0]]
            case .classMaximum:
                value = members.map { q[$0] }.max()!
            case .midpoint:
                let v = members.map { q[$0] }
                value = (v.max()! + v.min()!) / 2
            }
            for xi in members { out[xi] = value }
        }
        return out
    }
}
