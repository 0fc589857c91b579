import Foundation

/// Adam (Kingma & Ba 2015, Alg. 1) with bias correction, on a flat parameter vector:
/// m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − α·m̂/(√v̂ + ε), m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ).
public struct Adam: Sendable {
    public var learningRate: Double
    public let beta1: Double
    public let beta2: Double
    public let epsilon: Double
    private var m: [Double]
    private var v: [Double]
    /// Steps taken.
    public private(set) var steps = 0

    public init(parameterCount: Int, learningRate: Double, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
        precondition(learningRate > 0 && (0..<1).contains(beta1) && (0..<1).contains(beta2) && epsilon > 0, "Adam: settings")
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        m = [Double](repeating: 0, count: parameterCount)
        v = [Double](repeating: 0, count: parameterCount)
    }

    /// One descent step on `parameters` along the gradient `g`.
    public mutating func step(_ parameters: inout [Double], gradient g: [Double]) {
        precondition(parameters.count == m.count && g.count == m.count, "Adam.step: \(g.count) gradients for \(m.count) parameters")
        steps += 1
        let c1 = 1 - pow(beta1, Double(steps)), c2 = 1 - pow(beta2, Double(steps))
        for k in parameters.indices {
            m[k] = beta1 * m[k] + (1 - beta1) * g[k]
            v[k] = beta2 * v[k] + (1 - beta2) * g[k] * g[k]
            parameters[k] -= learningRate * (m[k] / c1) / ((v[k] / c2).squareRoot() + epsilon)
        }
    }
}

/// The projections the papers' projected stochastic-gradient methods use.
public enum ParameterProjection {
    /// Π onto the Euclidean ball {θ : ‖θ − centre‖₂ ≤ radius} (mappo Alg. 3 line 5, mfppo Algs. 2–3).
    public static func euclideanBall(_ theta: inout [Double], centre: [Double], radius: Double) {
        precondition(theta.count == centre.count && radius >= 0, "ParameterProjection.euclideanBall: shapes")
        var norm2 = 0.0
        for k in theta.indices { norm2 += (theta[k] - centre[k]) * (theta[k] - centre[k]) }
        let norm = norm2.squareRoot()
        guard norm > radius else { return }
        let shrink = radius / norm
        for k in theta.indices { theta[k] = centre[k] + shrink * (theta[k] - centre[k]) }
    }

    /// Π onto the ball {θ : ‖θ‖₂ ≤ radius} centred at 0, as a value (mappo's Θ, Alg. 3 line 5).
    public static func euclideanBall(_ theta: [Double], radius: Double) -> [Double] {
        var x = theta
        euclideanBall(&x, centre: [Double](repeating: 0, count: x.count), radius: radius)
        return x
    }

    /// Π onto the box {θ : ‖θ − centre‖_∞ ≤ radius}: clip every entry (ltde (4.12)).
    public static func box(_ theta: inout [Double], centre: [Double], radius: Double) {
        precondition(theta.count == centre.count && radius >= 0, "ParameterProjection.box: shapes")
        for k in theta.indices { theta[k] = min(max(theta[k], centre[k] - radius), centre[k] + radius) }
    }
}
