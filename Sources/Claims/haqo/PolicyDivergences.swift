import Foundation
import MarkovGames

/// Per-state divergences between two stochastic tables ([s][a], `width` actions per row), the
/// quantities haqo's trust regions are written in (App. A.3 Assumption A.5, App. A.5 eqs. (36)–(37)).
///
/// These are the discrete KL and TV on one state's action distribution; they duplicate what the
/// Divergences module will provide and can move there once it lands.
enum PolicyDivergences {
    /// KL(p‖q) = Σ_a p(a) log(p(a)/q(a)) per state (0·log 0 = 0; +∞ when q(a) = 0 < p(a)).
    static func kullbackLeibler(_ p: [Double], _ q: [Double], width k: Int) -> [Double] {
        precondition(p.count == q.count && p.count % k == 0, "PolicyDivergences.kullbackLeibler: shapes")
        return (0..<(p.count / k)).map { s in
            var v = 0.0
            for a in 0..<k {
                let x = p[s * k + a], y = q[s * k + a]
                if x == 0 { continue }
                if y == 0 { return .infinity }
                v += x * log(x / y)
            }
            return max(v, 0)
        }
    }

    /// TV(p, q) = ½ Σ_a |p(a) − q(a)| per state.
    static func totalVariation(_ p: [Double], _ q: [Double], width k: Int) -> [Double] {
        precondition(p.count == q.count && p.count % k == 0, "PolicyDivergences.totalVariation: shapes")
        return (0..<(p.count / k)).map { s in
            var v = 0.0
            for a in 0..<k { v += abs(p[s * k + a] - q[s * k + a]) }
            return v / 2
        }
    }

    /// Σ_s ρ(s)·f(s): a state-averaged divergence (ρ normalised or not, as the reading says).
    static func average(_ f: [Double], under rho: [Double]) -> Double {
        precondition(f.count == rho.count, "PolicyDivergences.average: shapes")
        var v = 0.0
        for s in f.indices where rho[s] != 0 { v += rho[s] * f[s] }
        return v
    }
}

/// Paths of product policies from π_old, used to sweep the trust-region radius δ.
enum PolicyPaths {
    /// The geometric path π_t ∝ π_old^{1−t}·π_target^{t} per agent and state
    /// (softmax(log π_old + t·(log π_target − log π_old))): π_0 = π_old, π_1 = π_target, and
    /// KL(π_old‖π_t) = O(t²) as t → 0. Both policies need full support.
    static func geometric(from old: ProductPolicy, to target: ProductPolicy, at t: Double, game: Game) -> ProductPolicy {
        ProductPolicy(tables: game.agents.indices.map { i in
            let k = game.agents[i].actionCount
            return interpolate(old.tables[i], target.tables[i], t: t, width: k)
        })
    }

    /// One table's geometric interpolation (rows of `width`).
    static func interpolate(_ p: [Double], _ q: [Double], t: Double, width k: Int) -> [Double] {
        var out = [Double](repeating: 0, count: p.count)
        for row in 0..<(p.count / k) {
            var logits = [Double](repeating: 0, count: k)
            for a in 0..<k { logits[a] = (1 - t) * log(p[row * k + a]) + t * log(q[row * k + a]) }
            let m = logits.max()!
            var z = 0.0
            for a in 0..<k { logits[a] = exp(logits[a] - m); z += logits[a] }
            for a in 0..<k { out[row * k + a] = logits[a] / z }
        }
        return out
    }

    /// The exponential tilt π(a|s) ∝ π_old(a|s)·exp(η·g(s,a)) of one table (the HAML/NPG mirror
    /// step of eq. (1) in closed form), computed in log space.
    static func tilt(_ p: [Double], by g: [Double], eta: Double, width k: Int) -> [Double] {
        var out = [Double](repeating: 0, count: p.count)
        for row in 0..<(p.count / k) {
            var logits = [Double](repeating: 0, count: k)
            for a in 0..<k { logits[a] = log(p[row * k + a]) + eta * g[row * k + a] }
            let m = logits.max()!
            var z = 0.0
            for a in 0..<k { logits[a] = exp(logits[a] - m); z += logits[a] }
            for a in 0..<k { out[row * k + a] = logits[a] / z }
        }
        return out
    }

    /// The policy with agent i's table replaced.
    static func replacing(_ policy: ProductPolicy, agent i: Int, with table: [Double]) -> ProductPolicy {
        var tables = policy.tables
        tables[i] = table
        return ProductPolicy(tables: tables)
    }
}
