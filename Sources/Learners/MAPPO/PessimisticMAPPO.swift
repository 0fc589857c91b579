import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// Pessimistic multi-agent PPO with linear function approximation (mappo Alg. 2, Sec. 5): at
/// iteration k, for every agent m (all under the same π_k),
///
/// 1. collect D^m = {(s_i, a_i^{1:m}, r_i, s_i')}_{i≤n} from the μ-reset sampling oracle (Def. 5.3,
///    protocol of mappo.md §4.4): s ~ μ_s, a ~ μ_a, ã ~ π_k^{m+1:N}(·|s, a^{1:m}), r = r(s, a^{1:m}, ã),
///    s' ~ P(·|s, a^{1:m}, ã); here μ = uniform over states × uniform over joint actions;
/// 2. w_k^m = the pessimistic evaluation (`PessimisticEvaluation`) with one-hot features ϕ(s, a^{1:m})
///    (realizable and complete; d = |S|·|A^{1:m}|);
/// 3. θ_{k+1}^m = θ_k^m + ηw_k^m, i.e. π_{k+1}^m ∝ π_k^m·exp(η f_k^m) (eq. (6)).
///
/// The iterate carries f_k^m = ϕᵀw_k^m, the learner's estimate of Q_{π_k}^{1:m}, and ‖θ‖ (not
/// constrained by the algorithm; mappo.md §4.3 flag).
public final class PessimisticMAPPO: IterativeLearner {
    let game: Game
    let samples: Int
    let lambda: Double
    let eta: Double
    let ridge: Double
    private var logits: ConditionalLogits
    private let rng: RandomSource

    init(context: LearnerContext, p: LearnerParameters) throws(ModelError) {
        game = context.game
        guard game.rewards.isShared else {
            throw ModelError(path: "rewardsPerAgent", "pessimistic MA-PPO is for cooperative games with a shared reward (mappo Sec. 3.1)")
        }
        samples = try p.integer("samples", in: 1...100_000_000)
        let largest = Double(game.agents.map(\.actionCount).max()!)
        eta = try p.optionalReal("eta") ?? (1 - game.gamma) * (log(largest) / Double(context.iterations)).squareRoot()
        guard eta > 0 else { throw ModelError(path: "--param eta", "auto gives η = 0 (every agent has one action); give eta") }
        ridge = try p.positive("ridge")
        // Thm. 5.5: λ = (1−γ)^{−1} ε_r^{−2/3}, ε_r = d log(nLR/δ)/((1−γ)²n) (Lemma C.1), with the O(·)
        // constant and the logarithm taken as 1 and d the largest feature dimension |S|·|A|.
        let epsilonR = Double(game.stateCount * game.jointActionCount) / ((1 - game.gamma) * (1 - game.gamma) * Double(samples))
        lambda = try p.optionalReal("lambda") ?? pow(epsilonR, -2.0 / 3.0) / (1 - game.gamma)
        logits = ConditionalLogits(game: game, order: Array(0..<game.agentCount))
        rng = context.random("oracle")
    }

    public var targetRule: TargetRule? { nil }

    public func start() throws -> LearnerIterate { LearnerIterate(policy: .conditional(logits.policy)) }

    public func step() throws -> LearnerIterate {
        let pi = logits.policy
        let n = game.agentCount, nS = game.stateCount
        let prefix = pi.prefixProbabilities(in: game)
        let simulator = GameSimulator(game: game)
        var estimates: [[Double]] = []
        var diagnostics: [(name: String, value: Double)] = []
        var updates: [[Double]] = []
        var width = 1
        for m in 0..<n {
            let k = game.agents[m].actionCount
            width *= k
            let d = nS * width
            var x = Matrix(rows: samples, columns: d), y = Matrix(rows: samples, columns: d)
            var r = [Double](repeating: 0, count: samples)
            for i in 0..<samples {
                let s = rng.integer(below: nS)
                let a = rng.integer(below: game.jointActionCount)
                let completed = complete(a, after: m, state: s, policy: pi, rng: rng)
                let b = prefixIndex(completed, length: m + 1)
                x[i, s * width + b] = 1
                r[i] = game.reward(agent: 0, s, completed)
                let next = simulator.nextState(s, completed, rng: rng)
                for bb in 0..<width { y[i, next * width + bb] = prefix[m + 1][next * width + bb] }
            }
            var phi0 = [Double](repeating: 0, count: d)
            for s in 0..<nS where game.initial[s] > 0 {
                for bb in 0..<width { phi0[s * width + bb] += game.initial[s] * prefix[m + 1][s * width + bb] }
            }
            let evaluation = try PessimisticEvaluation(x: x, y: y, rewards: r, phi0: phi0, gamma: game.gamma, lambda: lambda, ridge: ridge)
            estimates.append(evaluation.weights)
            updates.append(evaluation.weights)
            diagnostics.append(("f(s₀, π^{1:\(m + 1)}) LSTD part", evaluation.lstdValue))
            diagnostics.append(("f(s₀, π^{1:\(m + 1)}) pessimism penalty", evaluation.pessimismPenalty))
        }
        for m in 0..<n { logits.add(updates[m], scale: eta, at: m) }
        for m in 0..<n { diagnostics.append(("‖θ^\(m + 1)‖", Vector.twoNorm(logits.tables[m]))) }
        return LearnerIterate(policy: .conditional(logits.policy), qEstimates: QEstimates(kind: .localized, of: .previous, tables: estimates),
                              diagnostics: diagnostics)
    }

    /// Keeps the first m+1 agents' actions of joint action `a` and draws the others from π^{m+2:N}(·|s, a^{1:m+1}).
    private func complete(_ a: Int, after m: Int, state s: Int, policy: ConditionalPolicy, rng: RandomSource) -> Int {
        let space = game.jointActions
        var actions = space.actions(of: a)
        var prefixIndex = 0, prefixCount = 1
        for l in 0..<game.agentCount {
            let k = space.sizes[l]
            if l > m {
                let row = s * prefixCount + prefixIndex
                actions[l] = GameSimulator(game: game).sample(policy.tables[l][(row * k)..<((row + 1) * k)], rng: rng)
            }
            prefixIndex = prefixIndex * k + actions[l]
            prefixCount *= k
        }
        return space.index(of: actions)
    }

    /// The lexicographic index of the first `length` agents' actions of joint action `a` (identity order).
    private func prefixIndex(_ a: Int, length: Int) -> Int {
        let space = game.jointActions
        return (0..<length).reduce(0) { $0 * space.sizes[$1] + space.action(ofAgent: $1, in: a) }
    }
}

extension LearnerCatalog {
    static let mappoPessimistic = LearnerSpec(
        name: "mappo-pessimistic",
        summary: "pessimistic multi-agent PPO, linear (one-hot) function approximation, μ-reset oracle (mappo Alg. 2)",
        citation: "mappo Alg. 2, Def. 5.3, Thm. 5.5",
        parameters: [
            .init("samples", default: "200", "n: oracle samples per agent and iteration"),
            .init("lambda", default: "auto", "pessimism weight λ of line 4; auto = (1−γ)^{−1}ε_r^{−2/3}, ε_r = |S||A|/((1−γ)²n) (Thm. 5.5 with the log factor and O-constant 1)"),
            .init("eta", default: "auto", "mirror-descent step η; auto = (1−γ)√(log max_i|A_i| / K) (Thm. 5.5)"),
            .init("ridge", default: "1e-6", "ρ: ridge ρ·n·I added to XᵀX (and ρI to Σ̂) for unobserved features"),
        ]
    ) { context, p throws(ModelError) in
        try PessimisticMAPPO(context: context, p: p)
    }
}
