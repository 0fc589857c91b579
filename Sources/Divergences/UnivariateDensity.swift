import Foundation
import GSLKit

/// A closed interval of the extended real line, [lower, upper], either end possibly infinite.
public struct RealInterval: Equatable, Sendable {
    public let lower: Double
    public let upper: Double

    /// Precondition: lower < upper, neither NaN.
    public init(_ lower: Double, _ upper: Double) {
        precondition(lower < upper, "RealInterval: [\(lower), \(upper)] is empty or NaN")
        self.lower = lower
        self.upper = upper
    }

    /// (−∞, ∞).
    public static let realLine = RealInterval(-.infinity, .infinity)

    public func contains(_ x: Double) -> Bool { x >= lower && x <= upper }
    public func contains(_ other: RealInterval) -> Bool { other.lower >= lower && other.upper <= upper }

    /// The intersection, or nil when it has no interior.
    public func intersection(_ other: RealInterval) -> RealInterval? {
        let lo = max(lower, other.lower), hi = min(upper, other.upper)
        return lo < hi ? RealInterval(lo, hi) : nil
    }

    /// The smallest interval holding both.
    public func hull(_ other: RealInterval) -> RealInterval {
        RealInterval(min(lower, other.lower), max(upper, other.upper))
    }
}

/// A probability density on ℝ, given by its natural logarithm, positive on the interior of
/// `support` and zero outside it.
///
/// `landmarks` are points that an adaptive quadrature should not miss: where the mass sits
/// (centres, a few scales either side) and where the density is not smooth. They cut the
/// integration range into pieces (GSL QAGP between landmarks, QAGIL/QAGIU beyond them).
public protocol UnivariateDensity: Sendable {
    /// ln f(x) (natural log); −∞ outside the support.
    func logDensity(_ x: Double) -> Double
    /// The closure of {f > 0}, an interval.
    var support: RealInterval { get }
    /// Points where the mass concentrates or the density has a kink, inside `support`.
    var landmarks: [Double] { get }
}

/// The normal density N(μ, σ²): ln f(x) = −(x−μ)²/(2σ²) − ln σ − ½ ln 2π.
public struct NormalDensity: UnivariateDensity, Equatable {
    public let mean: Double
    public let standardDeviation: Double

    /// Throws unless μ is finite and σ > 0 is finite.
    public init(mean: Double, standardDeviation: Double) throws(DivergenceInputError) {
        guard mean.isFinite else { throw DivergenceInputError("mean \(mean) is not finite") }
        guard standardDeviation.isFinite, standardDeviation > 0 else {
            throw DivergenceInputError("standard deviation \(standardDeviation) must be positive and finite")
        }
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    public var variance: Double { standardDeviation * standardDeviation }

    public func logDensity(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        return -0.5 * z * z - log(standardDeviation) - 0.5 * log(2 * Double.pi)
    }

    public var support: RealInterval { .realLine }

    /// μ + kσ for k ∈ {−8, −4, −2, 0, 2, 4, 8}.
    public var landmarks: [Double] { [-8.0, -4, -2, 0, 2, 4, 8].map { mean + $0 * standardDeviation } }
}

/// The normal N(μ, σ²) truncated to [a, b] (a < b, either end may be infinite):
/// f(x) = φ((x−μ)/σ) / (σ Z) on [a, b], Z = Φ((b−μ)/σ) − Φ((a−μ)/σ), computed in log space
/// (`logNormalizer`) so that far-tail truncations keep full relative accuracy.
public struct TruncatedNormalDensity: UnivariateDensity, Equatable {
    public let parent: NormalDensity
    public let interval: RealInterval
    /// ln Z.
    public let logNormalizer: Double

    /// Throws when the interval is empty or the parent's mass on it underflows (ln Z = −∞).
    public init(parent: NormalDensity, interval: RealInterval) throws(DivergenceInputError) {
        let a = (interval.lower - parent.mean) / parent.standardDeviation
        let b = (interval.upper - parent.mean) / parent.standardDeviation
        let logZ = Self.logNormalMass(a, b)
        guard logZ > -.infinity else {
            throw DivergenceInputError("truncation [\(interval.lower), \(interval.upper)] holds no representable mass of N(\(parent.mean), \(parent.standardDeviation)²)")
        }
        self.parent = parent
        self.interval = interval
        self.logNormalizer = logZ
    }

    /// ln(Φ(b) − Φ(a)) for a < b: on the side of 0 where both CDF values are small it uses
    /// ln Φ(b) + ln(1 − e^{ln Φ(a) − ln Φ(b)}); for a > 0 it reflects, Φ(b) − Φ(a) = Φ(−a) − Φ(−b).
    static func logNormalMass(_ a: Double, _ b: Double) -> Double {
        if a > 0 { return logNormalMass(-b, -a) }
        let lb = Special.logNormalCDF(b), la = Special.logNormalCDF(a)
        return lb + log1p(-exp(la - lb))
    }

    public func logDensity(_ x: Double) -> Double {
        interval.contains(x) ? parent.logDensity(x) - logNormalizer : -.infinity
    }

    public var support: RealInterval { interval }

    public var landmarks: [Double] {
        parent.landmarks.filter { $0 > interval.lower && $0 < interval.upper }
    }
}

/// A finite mixture Σₖ wₖ fₖ of normal densities (wₖ > 0, Σ wₖ = 1 within 1e-12 per component):
/// ln f(x) = ln Σₖ exp(ln wₖ + ln fₖ(x)), by log-sum-exp.
public struct GaussianMixtureDensity: UnivariateDensity, Equatable {
    public let weights: [Double]
    public let components: [NormalDensity]

    public init(weights: [Double], components: [NormalDensity]) throws(DivergenceInputError) {
        guard !components.isEmpty, weights.count == components.count else {
            throw DivergenceInputError("a mixture needs one weight per component (\(weights.count) weights, \(components.count) components)")
        }
        let distribution = try DiscreteDistribution(probabilities: weights)
        guard distribution.logProbabilities.allSatisfy({ $0 > -.infinity }) else {
            throw DivergenceInputError("mixture weights must be positive")
        }
        self.weights = distribution.probabilities
        self.components = components
    }

    public func logDensity(_ x: Double) -> Double {
        Special.logSumExp(zip(weights, components).map { log($0.0) + $0.1.logDensity(x) })
    }

    public var support: RealInterval { .realLine }

    public var landmarks: [Double] { components.flatMap(\.landmarks) }
}

/// Any density given by a closure for ln f, its support and its landmarks. The caller is
/// responsible for ∫ f = 1.
public struct CustomDensity: UnivariateDensity {
    public let support: RealInterval
    public let landmarks: [Double]
    private let log: @Sendable (Double) -> Double

    public init(support: RealInterval, landmarks: [Double], logDensity: @escaping @Sendable (Double) -> Double) {
        self.support = support
        self.landmarks = landmarks.filter { $0 > support.lower && $0 < support.upper }
        self.log = logDensity
    }

    public func logDensity(_ x: Double) -> Double { support.contains(x) ? log(x) : -.infinity }
}
