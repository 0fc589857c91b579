import Foundation
import GSLKit

/// ltde's Algorithm 1 (LTDE neural TD) for one team s: the critic Q_s(ζ_s^k; ω) = (1/√M) Σ_m b_m ReLU(ζᵀω_m)
/// (4.3) with b_m ~ Unif{−1, +1} and [ω(0)]_m ~ N(0, I/d), trained by the semi-gradient TD step (4.11),
/// the projection (4.12) onto ‖ω − ω(0)‖_∞ ≤ R/√M (entrywise clipping) and the averaging (4.13), on
/// i.i.d. tuples (ξ_t ~ ν_θ, ξ'_t ~ P^Π(· | ξ_t)) (line 4 of Algorithm 1).
///
/// Inputs are ζ_s^k = (µ(N_s^k), h(N_s^k)) divided by √(1 + |N_s^k|), so that ‖ζ_s^k‖₂ ≤ 1 as App. D.1.1
/// assumes.
struct NeuralTDCritic: Sendable {
    /// M.
    let width: Int
    /// R.
    let radius: Double
    /// T_critic.
    let steps: Int
    /// η_critic = min{(1−γ)/8, T_critic^{−1/2}} (Theorem 5.4).
    let stepSize: Double
    /// inputs[ξ] = ζ_s^k(ξ), scaled.
    let inputs: [[Double]]
    let signs: [Double]
    let initial: [Double]

    init(space: TeamConfigurations, team s: Int, hops k: Int, width: Int, radius: Double, steps: Int, gamma: Double, rng: RandomSource) {
        let ball = space.graph.neighbourhood(of: s, hops: k)
        let scale = 1 / Double(1 + ball.count).squareRoot()
        inputs = (0..<space.count).map { space.localizedFeature($0, ball: ball).map { $0 * scale } }
        let d = inputs[0].count
        self.width = width
        self.radius = radius
        self.steps = steps
        stepSize = min((1 - gamma) / 8, 1 / Double(steps).squareRoot())
        signs = (0..<width).map { _ in rng.uniform() < 0.5 ? -1 : 1 }
        initial = (0..<(width * d)).map { _ in rng.normal(standardDeviation: 1 / Double(d).squareRoot()) }
    }

    var inputDimension: Int { inputs[0].count }

    /// Q_s(ζ; ω).
    func value(_ zeta: [Double], _ omega: [Double]) -> Double {
        let d = inputDimension
        var out = 0.0
        for m in 0..<width {
            var pre = 0.0
            for j in 0..<d { pre += zeta[j] * omega[m * d + j] }
            if pre > 0 { out += signs[m] * pre }
        }
        return out / Double(width).squareRoot()
    }

    /// ω̄ after T_critic − 1 updates on tuples drawn with `rng`.
    func train(reward r: [Double], gamma: Double, stationary: DiscreteSampler, rows: [DiscreteSampler], rng: RandomSource) -> [Double] {
        let d = inputDimension, scale = 1 / Double(width).squareRoot(), box = radius * scale
        var omega = initial, average = initial
        for t in 0..<max(steps - 1, 0) {
            let xi = stationary.draw(rng), next = rows[xi].draw(rng)
            let zeta = inputs[xi]
            let delta = value(zeta, omega) - r[xi] - gamma * value(inputs[next], omega)
            for m in 0..<width {
                var pre = 0.0
                for j in 0..<d { pre += zeta[j] * omega[m * d + j] }
                guard pre > 0 else { continue }
                let step = stepSize * delta * scale * signs[m]
                for j in 0..<d {
                    let i = m * d + j
                    omega[i] = min(max(omega[i] - step * zeta[j], initial[i] - box), initial[i] + box)
                }
            }
            let w = 1 / Double(t + 2)
            for i in 0..<omega.count { average[i] += w * (omega[i] - average[i]) }
        }
        return average
    }

    /// ‖Q_s(·; ω) − f‖²_{L2(ν)} for a function f on Ξ.
    func squaredError(_ omega: [Double], against f: [Double], nu: [Double]) -> Double {
        var out = 0.0
        for xi in 0..<f.count where nu[xi] > 0 {
            let e = value(inputs[xi], omega) - f[xi]
            out += nu[xi] * e * e
        }
        return out
    }
}

extension TeamChain {
    /// Samplers for the rows of P^Π (the next configuration given the current one).
    var rowSamplers: [DiscreteSampler] { (0..<space.count).map { DiscreteSampler(transition.row($0)) } }
}
