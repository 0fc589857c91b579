import Foundation
import GSLKit

/// A score network s_τ^θ(x | s) for one-dimensional actions, conditioned on the diffusion step τ and
/// on the state s: an `MLP` on the features (x, t, sin πt, cos πt, e_s) with t = τ/H and e_s the
/// one-hot code of s, and a scalar output. Actions live in normalised coordinates x ∈ [−1, 1]
/// (`ActionScaling`), so the forward process ends near the N(0, 1) the sampler starts from.
public struct ScoreNetwork: Sendable, Equatable {
    public var network: MLP
    public let stateCount: Int
    public let steps: Int

    public init(stateCount: Int, steps: Int, hidden: [Int], activation: Activation, rng: RandomSource) {
        self.stateCount = stateCount
        self.steps = steps
        network = MLP(sizes: [4 + stateCount] + hidden + [1], hidden: activation, rng: rng)
    }

    /// The network's input at (x, τ, s).
    func features(_ x: Double, step tau: Int, state s: Int) -> [Double] {
        let t = Double(tau) / Double(steps)
        var f = [x, t, sin(Double.pi * t), cos(Double.pi * t)]
        f += (0..<stateCount).map { $0 == s ? 1 : 0 }
        return f
    }

    /// s_τ^θ(x | s).
    public func score(_ x: Double, step tau: Int, state s: Int) -> Double {
        network(features(x, step: tau, state: s))[0]
    }
}

/// The affine map between an action interval [lower, upper] and the sampler's coordinates [−1, 1].
public struct ActionScaling: Sendable, Equatable {
    public let lower: Double
    public let upper: Double

    public init(lower: Double, upper: Double) {
        precondition(lower < upper, "ActionScaling: [\(lower), \(upper)]")
        self.lower = lower
        self.upper = upper
    }

    public func normalised(_ a: Double) -> Double { (2 * a - lower - upper) / (upper - lower) }
    public func action(_ x: Double) -> Double { lower + (x + 1) * (upper - lower) / 2 }
}
