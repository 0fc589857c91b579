import Foundation
import GSLKit

/// Per-state operations on stochastic tables [x][ā] that mfppo's mirror-descent analysis uses.
enum PolicyRows {
    /// Row x of a flat table with `width` entries per row.
    static func row(_ table: [Double], _ x: Int, width: Int) -> [Double] {
        Array(table[(x * width)..<((x + 1) * width)])
    }

    /// KL(p‖q) = Σ p log(p/q), with 0·log 0 = 0 and +∞ when q = 0 < p.
    static func kl(_ p: [Double], _ q: [Double]) -> Double {
        var s = 0.0
        for (pa, qa) in zip(p, q) where pa > 0 {
            if qa <= 0 { return .infinity }
            s += pa * log(pa / qa)
        }
        return max(s, 0)
    }

    /// KL(p‖q) from log q (finite where q underflows), with 0·log 0 = 0.
    static func kl(_ p: [Double], logOf logQ: [Double]) -> Double {
        var s = 0.0
        for (pa, lq) in zip(p, logQ) where pa > 0 { s += pa * (log(pa) - lq) }
        return max(s, 0)
    }

    /// ‖p − q‖₁.
    static func l1(_ p: [Double], _ q: [Double]) -> Double { zip(p, q).reduce(0) { $0 + abs($1.0 - $1.1) } }

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
