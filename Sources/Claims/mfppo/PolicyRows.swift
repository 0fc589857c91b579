import Divergences
import Foundation
import GSLKit

/// Per-state operations on stochastic tables [x][ā] that mfppo's mirror-descent analysis uses.
enum PolicyRows {
    /// Row x of a flat table with `width` entries per row.
    static func row(_ table: [Double], _ x: Int, width: Int) -> [Double] {
        Array(table[(x * width)..<((x + 1) * width)])
    }

    /// KL(p‖q) (Divergences' `kullbackLeibler`: 0·log 0 = 0, +∞ when q = 0 < p); NaN when a row is
    /// not a distribution, so that a measurement built on it fails visibly.
    static func kl(_ p: [Double], _ q: [Double]) -> Double {
        guard let dp = try? DiscreteDistribution(probabilities: p), let dq = try? DiscreteDistribution(probabilities: q) else { return .nan }
        return DiscreteDivergence.kullbackLeibler(dp, dq)
    }

    /// KL(p‖q) from log q (finite where q underflows), through Divergences' log-probability form.
    static func kl(_ p: [Double], logOf logQ: [Double]) -> Double {
        guard let dp = try? DiscreteDistribution(probabilities: p), let dq = try? DiscreteDistribution(logProbabilities: logQ) else { return .nan }
        return DiscreteDivergence.kullbackLeibler(dp, dq)
    }

    /// ‖p − q‖₁ = 2·TV(p, q) (Divergences' `totalVariation`); NaN when a row is not a distribution.
    static func l1(_ p: [Double], _ q: [Double]) -> Double {
        guard let dp = try? DiscreteDistribution(probabilities: p), let dq = try? DiscreteDistribution(probabilities: q) else { return .nan }
        return 2 * DiscreteDivergence.totalVariation(dp, dq)
    }

    /// ⟨f, p⟩ = Σ_a f(a) p(a).
    static func pairing(_ f: [Double], _ p: [Double]) -> Double { Vector.dot(f, p) }

    /// The uniform table.
    static func uniform(states: Int, actions: Int) -> [Double] {
        [Double](repeating: 1 / Double(actions), count: states * actions)
    }

    /// π(·|x) ∝ exp(energy(x, ·)/τ) row by row (log-sum-exp).
    static func energyPolicy(_ energy: [Double], temperature tau: Double, actions: Int) -> [Double] {
        let states = energy.count / actions
        return (0..<states).flatMap { x in Special.softmax(row(energy, x, width: actions).map { $0 / tau }) }
    }

    /// log π(·|x) for π ∝ exp(energy/τ): energy/τ − logsumexp, row by row.
    static func logEnergyPolicy(_ energy: [Double], temperature tau: Double, actions: Int) -> [Double] {
        let states = energy.count / actions
        return (0..<states).flatMap { x -> [Double] in
            let z = row(energy, x, width: actions).map { $0 / tau }
            let lse = Special.logSumExp(z)
            return z.map { $0 - lse }
        }
    }

    /// π'(·|x) ∝ π(·|x) exp(λ q(x, ·)) row by row, in log space (Prop. 3.2's closed form).
    static func reweight(_ policy: [Double], by q: [Double], scale lambda: Double, actions: Int) -> [Double] {
        let states = policy.count / actions
        return (0..<states).flatMap { x -> [Double] in
            let logits = (0..<actions).map { a -> Double in
                let p = policy[x * actions + a]
                return p > 0 ? log(p) + lambda * q[x * actions + a] : -Double.infinity
            }
            return Special.softmax(logits)
        }
    }
}
