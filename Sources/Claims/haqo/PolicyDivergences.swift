import Divergences
import Foundation
import MarkovGames

/// Per-state divergences between two stochastic tables ([s][a], `width` actions per row), the
/// quantities haqo's trust regions are written in (App. A.3 Assumption A.5, App. A.5 eqs. (36)–(37)),
/// row by row with the Divergences module's exact discrete KL and TV.
enum PolicyDivergences {
    /// The rows of a table as distributions (each row validated: finite, non-negative, Σ = 1).
    static func rows(_ p: [Double], width k: Int) throws(DivergenceInputError) -> [DiscreteDistribution] {
        precondition(p.count % k == 0, "PolicyDivergences.rows: \(p.count) entries, rows of \(k)")
        var out: [DiscreteDistribution] = []
        for s in 0..<(p.count / k) { out.append(try DiscreteDistribution(probabilities: Array(p[(s * k)..<((s + 1) * k)]))) }
        return out
    }

    /// KL(p(·|s)‖q(·|s)) per state (+∞ when q(a|s) = 0 < p(a|s)).
    static func kullbackLeibler(_ p: [Double], _ q: [Double], width k: Int) throws(DivergenceInputError) -> [Double] {
        precondition(p.count == q.count, "PolicyDivergences.kullbackLeibler: shapes")
        return zip(try rows(p, width: k), try rows(q, width: k)).map { DiscreteDivergence.kullbackLeibler($0, $1) }
    }

    /// TV(p(·|s), q(·|s)) = ½ Σ_a |p(a|s) − q(a|s)| per state.
    static func totalVariation(_ p: [Double], _ q: [Double], width k: Int) throws(DivergenceInputError) -> [Double] {
        precondition(p.count == q.count, "PolicyDivergences.totalVariation: shapes")
        return zip(try rows(p, width: k), try rows(q, width: k)).map { DiscreteDivergence.totalVariation($0, $1) }
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
