import Foundation
import GSLKit

/// A probability distribution on {0, …, n−1}, held by its natural-log probabilities so that tiny
/// masses (below the smallest double, e.g. ln p = −1000) keep their ratios exactly.
///
/// Construction validates (finite, non-negative, summing to 1 within `sumTolerance(count:)`)
/// and then renormalises exactly in log space, so every divergence sees Σ p = 1 to rounding.
/// A zero mass is ln p = −∞; the support is where ln p > −∞.
public struct DiscreteDistribution: Equatable, Sendable {
    /// ln pᵢ (natural log), −∞ for pᵢ = 0; normalised: logSumExp = 0 to rounding.
    public let logProbabilities: [Double]

    /// |Σ pᵢ − 1| allowed for n masses: n·1e-12 (the same rule as probability rows in game files),
    /// so values written with about 13 significant digits pass and a typo does not.
    public static func sumTolerance(count n: Int) -> Double { Double(max(n, 1)) * 1e-12 }

    /// From probabilities pᵢ ≥ 0 with Σ pᵢ = 1 within `sumTolerance(count:)`.
    public init(probabilities: [Double]) throws(DivergenceInputError) {
        guard !probabilities.isEmpty else { throw DivergenceInputError("a distribution needs at least one probability") }
        for (i, p) in probabilities.enumerated() {
            guard p.isFinite else { throw DivergenceInputError(index: i, "probability \(p) is not finite") }
            guard p >= 0 else { throw DivergenceInputError(index: i, "probability \(p) is negative") }
        }
        let sum = Vector.compensatedSum(probabilities)
        let tol = Self.sumTolerance(count: probabilities.count)
        guard abs(sum - 1) <= tol else {
            throw DivergenceInputError("probabilities sum to \(sum), must sum to 1 within \(tol) (\(probabilities.count) entries)")
        }
        let logSum = log(sum)
        logProbabilities = probabilities.map { $0 > 0 ? log($0) - logSum : -.infinity }
    }

    /// From natural-log probabilities ln pᵢ ∈ [−∞, 0] with ln Σ exp(ln pᵢ) = 0 within
    /// `sumTolerance(count:)` (so Σ pᵢ = 1 within the same tolerance).
    public init(logProbabilities: [Double]) throws(DivergenceInputError) {
        guard !logProbabilities.isEmpty else { throw DivergenceInputError("a distribution needs at least one probability") }
        for (i, l) in logProbabilities.enumerated() {
            guard !l.isNaN, l < .infinity else { throw DivergenceInputError(index: i, "log-probability \(l) is not in [−inf, 0]") }
        }
        let logSum = Special.logSumExp(logProbabilities)
        let tol = Self.sumTolerance(count: logProbabilities.count)
        guard logSum.isFinite, abs(logSum) <= tol else {
            throw DivergenceInputError("log-probabilities have ln Σ exp = \(logSum), must be 0 within \(tol) (\(logProbabilities.count) entries)")
        }
        self.logProbabilities = logProbabilities.map { $0 - logSum }
    }

    /// Number of outcomes n.
    public var count: Int { logProbabilities.count }

    /// pᵢ = exp(ln pᵢ) (masses below ~1e-308 underflow to 0 here, not in `logProbabilities`).
    public var probabilities: [Double] { logProbabilities.map { exp($0) } }

    /// The indices with pᵢ > 0.
    public var support: [Int] { logProbabilities.indices.filter { logProbabilities[$0] > -.infinity } }
}
