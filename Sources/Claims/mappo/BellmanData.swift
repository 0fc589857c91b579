import ExactSolvers
import GSLKit
import MarkovGames

/// A data set D^m of mappo Sec. 5 for agent prefix m and policy π, kept as its sufficient statistics
/// for the one-hot (tabular) instance of the linear class F^m of Def. 5.1: per cell c = (s, a^{1:m})
/// the weight n_c/n, the mean reward r̄_c and the empirical next-state law P̂_c.
///
/// Protocol (Sec. 5): s ~ μ_s; a ~ μ_a and a^{1:m} its first m actions; ã ~ π^{m+1:N}(·|s,a^{1:m});
/// the oracle (Def. 5.3) returns r(s,a^{1:m},ã) and s' ~ P(·|s,a^{1:m},ã). The population version
/// (n = ∞) has the weights μ(s,a^{1:m}) = μ_s(s)·μ_a^{1:m}(a^{1:m}) and the exact localized R^{1:m}, P^{1:m}.
struct BellmanData: Sendable {
    let prefixLength: Int
    let stateCount: Int
    /// n_c/n (or μ_c for the population).
    let weights: [Double]
    let meanRewards: [Double]
    /// P̂_c(s'), flat [c][s'].
    let nextStates: [Double]
    /// n, or nil for the population.
    let size: Int?

    var cellCount: Int { weights.count }

    /// μ(s,a^{1:m}) of the data law, flat [s][b_m].
    static func dataLaw(layout: PrefixLayout, prefix m: Int, states muS: [Double], actions muA: [Double]) -> [Double] {
        let width = layout.counts[m]
        var out = [Double](repeating: 0, count: layout.stateCount * width)
        for s in 0..<layout.stateCount {
            for a in muA.indices { out[s * width + layout.prefix(a, length: m)] += muS[s] * muA[a] }
        }
        return out
    }

    /// n samples by the protocol.
    static func sample(game: Game, policy: ConditionalPolicy, prefix m: Int, states muS: [Double], actions muA: [Double],
                       size n: Int, _ rng: RandomSource) -> BellmanData {
        let layout = PrefixLayout(game: game)
        let nS = game.stateCount, width = layout.counts[m], nA = game.jointActionCount
        var counts = [Double](repeating: 0, count: nS * width), rewards = counts
        var next = [Double](repeating: 0, count: nS * width * nS)
        let stateSampler = DiscreteSampler(muS), actionSampler = DiscreteSampler(muA)
        let reward = game.rewards.table(agent: 0)
        var rowSamplers: [Int: DiscreteSampler] = [:]
        for _ in 0..<n {
            let s = stateSampler.draw(rng)
            var b = layout.prefix(actionSampler.draw(rng), length: m)
            for l in stride(from: m + 1, through: layout.agentCount, by: 1) {
                let k = layout.actionCount(agent: l), row = s * layout.counts[l - 1] + b
                let key = (l << 32) | row
                let sampler = rowSamplers[key] ?? DiscreteSampler(Array(policy.tables[l - 1][(row * k)..<((row + 1) * k)]))
                rowSamplers[key] = sampler
                b = b * k + sampler.draw(rng)
            }
            let a = b, cell = s * width + layout.prefix(a, length: m)
            counts[cell] += 1
            rewards[cell] += reward[s * nA + a]
            var u = rng.uniform(), t = 0
            let base = (s * nA + a) * nS
            while t < nS - 1 && u >= game.transitions[base + t] { u -= game.transitions[base + t]; t += 1 }
            next[cell * nS + t] += 1
        }
        let weights = counts.map { $0 / Double(n) }
        let means = counts.indices.map { counts[$0] > 0 ? rewards[$0] / counts[$0] : 0 }
        let laws = next.indices.map { counts[$0 / nS] > 0 ? next[$0] / counts[$0 / nS] : 0 }
        return BellmanData(prefixLength: m, stateCount: nS, weights: weights, meanRewards: means, nextStates: laws, size: n)
    }

    /// The population version (n = ∞) from the exact localized MDP of T_π^{1:m}.
    static func population(game: Game, policy: ConditionalPolicy, prefix m: Int, states muS: [Double], actions muA: [Double]) -> BellmanData {
        let layout = PrefixLayout(game: game)
        let op = MultiAgentBellmanOperator(game: game, policy: policy, prefixLength: m)
        return BellmanData(prefixLength: m, stateCount: game.stateCount,
                           weights: dataLaw(layout: layout, prefix: m, states: muS, actions: muA),
                           meanRewards: op.localizedMDP.rewards, nextStates: op.localizedMDP.transitions, size: nil)
    }

    /// The map f ↦ f − γ P̂ f(·, π^{1:m}) on cells (the data's estimate of f − γPΠf), for the prefix policy.
    func residualMap(prefixPolicy: [Double], gamma: Double) -> Matrix {
        let d = cellCount, width = d / stateCount
        var m = Matrix(rows: d, columns: d)
        for c in 0..<d {
            m.storage[c * d + c] += 1
            for t in 0..<stateCount {
                let p = nextStates[c * stateCount + t]
                if p == 0 { continue }
                for b in 0..<width { m.storage[c * d + t * width + b] -= gamma * p * prefixPolicy[t * width + b] }
            }
        }
        return m
    }

    /// The empirical Bellman error (5) of f ∈ F^m (one-hot, f ∈ [0, 1/(1−γ)]):
    /// E^{1:m}(f, π) = L(f,f,π) − min_{f'} L(f',f,π) = Σ_c (n_c/n)(f_c − r̄_c − γ Σ_{s'} P̂_c(s') f(s',π^{1:m}))²
    /// (the inner minimiser is the cell mean of the targets, which lies in the range of F).
    func bellmanError(_ f: [Double], prefixPolicy: [Double], gamma: Double) -> Double {
        let r = residualMap(prefixPolicy: prefixPolicy, gamma: gamma).times(f)
        var e = 0.0
        for c in 0..<cellCount where weights[c] > 0 { let v = r[c] - meanRewards[c]; e += weights[c] * v * v }
        return e
    }

    /// ‖g‖_{2,D^m} (or ‖g‖_{2,μ} for the population) of a function g on cells.
    func norm(_ g: [Double]) -> Double {
        var s = 0.0
        for c in 0..<cellCount { s += weights[c] * g[c] * g[c] }
        return s.squareRoot()
    }
}
