import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// The constants of mappo Sec. 5 for the one-hot instance of Def. 5.1.
struct Section5Constants {
    /// d = |S|·|A|^N (the largest one-hot dimension, d_N).
    let dimension: Int
    /// L = √d/(1−γ): ‖w‖ ≤ L holds on the range box.
    let weightBound: Double
    /// R of Π^m (enters only inside the logarithm).
    let policyBound: Double
    /// δ of "w.p. ≥ 1 − δ".
    let confidence: Double
    let gamma: Double

    init(game: Game, policyBound: Double = 1, confidence: Double = 0.1) {
        dimension = game.stateCount * game.jointActionCount
        weightBound = Double(dimension).squareRoot() / (1 - game.gamma)
        self.policyBound = policyBound
        self.confidence = confidence
        gamma = game.gamma
    }

    /// log(nLR/δ).
    func logFactor(_ n: Int) -> Double { log(Double(n) * weightBound * max(policyBound, 1) / confidence) }

    /// ε_r = d log(nLR/δ)/((1−γ)²n) of Lemma C.1 with its hidden constant set to 1.
    func statisticalError(_ n: Int) -> Double { Double(dimension) * logFactor(n) / ((1 - gamma) * (1 - gamma) * Double(n)) }

    /// λ = (1−γ)⁻¹ ε_r^{−2/3} of Thm. 5.5.
    func lambda(_ n: Int) -> Double { pow(statisticalError(n), -2.0 / 3) / (1 - gamma) }
}

/// mappo's Algorithm 2 (pessimistic MA-PPO with linear FA), one-hot instance of Def. 5.1: θ_0 = 0;
/// at iteration k for m = 1…N a fresh data set D^m of size n under π_k (or the population, n = ∞),
/// the pessimistic estimate f_k^m (`RangeConstrainedPessimisticEvaluation`; with the population it is the exact
/// Q_{π_k}^{1:m}, the λ → ∞ limit where E = 0 forces f = Q), and the update (6)
/// π_{k+1}^m(a^m|s,a^{1:m−1}) ∝ π_k^m(a^m|s,a^{1:m−1}) exp(η f_k^m(s,a^{1:m})), i.e. θ_{k+1}^m = θ_k^m + ηw_k^m.
struct Algorithm2Run {
    struct Settings: Sendable {
        var iterations: Int
        /// n per (k, m); nil for the population.
        var sampleSize: Int?
        var lambda: Double
        var eta: Double
        var initialState: Int
        var seed: UInt64
    }

    /// What line 4 produced for one (k, m).
    struct Evaluation: Sendable {
        let m: Int
        /// f_k^m, flat [s][b_m].
        let estimate: [Double]
        /// Q_{π_k}^{1:m} exactly.
        let truth: [Double]
        let data: BellmanData
        /// π_k^{1:m}(·|s), flat [s][b_m].
        let prefixPolicy: [Double]
        /// Certified optimality gap of the quadratic program (0 for the population).
        let gap: Double
    }

    let settings: Settings
    /// π_0 … π_K.
    let policies: [ConditionalPolicy]
    /// evaluations[k][m−1].
    let evaluations: [[Evaluation]]
    /// J(π_k) = V_{π_k}(s₀), k = 0…K−1.
    let objectives: [Double]

    init(game: Game, states muS: [Double], actions muA: [Double], settings: Settings) throws {
        let layout = PrefixLayout(game: game)
        let rng = RandomSource(seed: settings.seed)
        var policy = ConditionalPolicy.uniform(game)
        var policies = [policy], evaluations: [[Evaluation]] = [], objectives: [Double] = []
        for k in 0..<settings.iterations {
            let q = try LocalizedActionValues(game: game, policy: policy)
            objectives.append(q.values[settings.initialState])
            let prefixes = policy.prefixProbabilities(in: game)
            var row: [Evaluation] = []
            for m in 1...layout.agentCount {
                if let n = settings.sampleSize {
                    let data = BellmanData.sample(game: game, policy: policy, prefix: m, states: muS, actions: muA, size: n, rng.child("k\(k) m\(m)"))
                    let p = RangeConstrainedPessimisticEvaluation(data: data, prefixPolicy: prefixes[m], gamma: game.gamma,
                                                  initialState: settings.initialState, lambda: settings.lambda)
                    row.append(Evaluation(m: m, estimate: p.estimate, truth: q.tables[m], data: data, prefixPolicy: prefixes[m], gap: p.gap))
                } else {
                    let data = BellmanData.population(game: game, policy: policy, prefix: m, states: muS, actions: muA)
                    row.append(Evaluation(m: m, estimate: q.tables[m], truth: q.tables[m], data: data, prefixPolicy: prefixes[m], gap: 0))
                }
            }
            evaluations.append(row)
            policy = Self.improve(policy, estimates: row.map(\.estimate), eta: settings.eta, layout: layout)
            policies.append(policy)
        }
        self.settings = settings
        self.policies = policies
        self.evaluations = evaluations
        self.objectives = objectives
    }

    /// Update (6) at every (s, a^{1:m−1}), in log space (ExactSolvers' `ExponentialWeights`).
    static func improve(_ policy: ConditionalPolicy, estimates: [[Double]], eta: Double, layout: PrefixLayout) -> ConditionalPolicy {
        ConditionalPolicy(order: policy.order, tables: (1...layout.agentCount).map { m in
            ExponentialWeights.reweightRows(policy.tables[m - 1], by: estimates[m - 1], scale: eta, width: layout.actionCount(agent: m))
        })
    }

    /// J(π*) − (1/K)Σ_k J(π_k): the expected gap of the uniformly drawn output π̄.
    func averageGap(optimal: Double) -> Double { objectives.reduce(0) { $0 + optimal - $1 } / Double(objectives.count) }
}
