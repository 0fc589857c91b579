import GSLKit

/// The policy-improvement sub-problem (4) of mappo Sec. 4.1 for one agent m at iteration k,
///
///   L(θ) = E_{σ_k}[ ( (θ − θ_k^m)ᵀϕ(s,a^{1:m−1},a^m) − β_k^{−1} Q̂^{1:m}(s,a^{1:m−1},a^m) )² ],  θ ∈ Θ = {‖θ‖₂ ≤ R},
///
/// written as the weighted least squares Σ_j w_j (ϕ_jᵀθ − y_j)² with w = σ_k^{1:m} and
/// y_j = ϕ_jᵀθ_k + Q̂_j/β_k (App. B's form), its exact minimum over Θ (ε_approx² of Thm. 4.5), the
/// bound G on its stochastic gradients (Lemma B.1's hypothesis), and Algorithm 3 (projected SGD).
/// The index j runs over the entries (s, a^{1:m−1}, a^m) of agent m's table.
public struct ProjectionProblem: Sendable {
    /// ϕ_j, flat [j][d].
    public let features: [Double]
    public let dimension: Int
    /// w_j = σ_k^{1:m}(j).
    public let weights: [Double]
    /// y_j = ϕ_jᵀθ_k + Q̂_j/β.
    public let targets: [Double]
    public let radius: Double

    public init(features: [Double], dimension: Int, weights: [Double], thetaK: [Double], qHat: [Double], beta: Double, radius: Double) {
        precondition(features.count == weights.count * dimension && qHat.count == weights.count && thetaK.count == dimension,
                     "ProjectionProblem: \(features.count) feature entries, \(weights.count) weights, \(qHat.count) values, d = \(dimension)")
        self.features = features
        self.dimension = dimension
        self.weights = weights
        self.radius = radius
        targets = qHat.indices.map { j in
            var v = 0.0
            for t in 0..<dimension { v += features[j * dimension + t] * thetaK[t] }
            return v + qHat[j] / beta
        }
    }

    /// The number of entries j.
    public var count: Int { weights.count }

    private func dot(_ j: Int, _ theta: [Double]) -> Double {
        var v = 0.0
        for t in 0..<dimension { v += features[j * dimension + t] * theta[t] }
        return v
    }

    /// The residual ϕ_jᵀθ − y_j at every j (at θ = θ_{k+1}: (θ_{k+1} − θ_k)ᵀϕ − Q̂/β).
    public func residuals(_ theta: [Double]) -> [Double] { (0..<count).map { dot($0, theta) - targets[$0] } }

    /// L(θ), the exact σ_k-weighted sum.
    public func loss(_ theta: [Double]) -> Double {
        var s = 0.0
        for j in 0..<count where weights[j] > 0 {
            let r = dot(j, theta) - targets[j]
            s += weights[j] * r * r
        }
        return s
    }

    /// G = max_{‖θ‖≤R, j∈supp σ_k} ‖2ϕ_j(ϕ_jᵀθ − y_j)‖ = max_j 2‖ϕ_j‖(R‖ϕ_j‖ + |y_j|): the smallest bound on
    /// the stochastic gradients Algorithm 3 can meet (the hypothesis of Lemma B.1).
    public var gradientBound: Double {
        var g = 0.0
        for j in 0..<count where weights[j] > 0 {
            let norm = Vector.twoNorm(Array(features[(j * dimension)..<((j + 1) * dimension)]))
            g = max(g, 2 * norm * (radius * norm + abs(targets[j])))
        }
        return g
    }

    /// Π_Θ, the projection onto Θ = {‖θ‖₂ ≤ R} (Alg. 3 line 5).
    public func project(_ theta: [Double]) -> [Double] { ParameterProjection.euclideanBall(theta, radius: radius) }

    /// The exact minimiser of L over Θ (a trust-region least-squares problem): the solution of
    /// (H + λI)θ = b with H = Σ w ϕϕᵀ, b = Σ w y ϕ, λ = 0 when that lies in Θ, otherwise the λ > 0
    /// with ‖θ(λ)‖ = R found by bisection (‖θ(λ)‖ decreases in λ). Precision: 200 bisection steps.
    public func minimum() throws -> (theta: [Double], loss: Double) {
        let d = dimension
        var h = Matrix(rows: d, columns: d), b = [Double](repeating: 0, count: d)
        for j in 0..<count where weights[j] > 0 {
            for s in 0..<d {
                let fs = features[j * d + s]
                b[s] += weights[j] * targets[j] * fs
                for t in 0..<d { h.storage[s * d + t] += weights[j] * fs * features[j * d + t] }
            }
        }
        let trace = (0..<d).reduce(0.0) { $0 + h[$1, $1] }
        func solve(_ lambda: Double) -> [Double]? {
            var a = h
            for s in 0..<d { a.storage[s * d + s] += lambda }
            return try? a.solve(b).x
        }
        let floor = 1e-13 * max(trace, Double.leastNormalMagnitude)
        if let x = solve(0), Vector.twoNorm(x) <= radius { return (x, loss(x)) }
        if let x = solve(floor), Vector.twoNorm(x) <= radius {
            // H is singular and the least-norm minimiser lies inside Θ.
            return (x, loss(x))
        }
        var lo = floor, hi = max(Vector.twoNorm(b) / radius, floor)
        for _ in 0..<200 {
            let mid = 0.5 * (lo + hi)
            guard let x = solve(mid) else { lo = mid; continue }
            if Vector.twoNorm(x) > radius { lo = mid } else { hi = mid }
        }
        let x = project(solve(hi) ?? [Double](repeating: 0, count: d))
        return (x, loss(x))
    }

    /// Algorithm 3 (App. A): θ(0) = `start` (0 as printed, line 1); for t = 0…T−1 take the next index j
    /// of `draws` (samples of σ_k), θ(t+½) = θ(t) − 2ηϕ_j(ϕ_jᵀθ(t) − y_j), θ(t+1) = Π_Θ θ(t+½); return
    /// θ̄ = (1/T) Σ_{t=1}^{T} θ(t).
    public func stochasticGradientDescent(steps: Int, stepSize eta: Double, draws: [Int], start: [Double]? = nil) -> [Double] {
        precondition(draws.count == steps, "Algorithm 3: \(draws.count) samples for T = \(steps)")
        let d = dimension
        var theta = start ?? [Double](repeating: 0, count: d)
        var sum = [Double](repeating: 0, count: d)
        for j in draws {
            let r = dot(j, theta) - targets[j]
            for t in 0..<d { theta[t] -= 2 * eta * features[j * d + t] * r }
            theta = project(theta)
            for t in 0..<d { sum[t] += theta[t] }
        }
        return sum.map { $0 / Double(steps) }
    }
}
