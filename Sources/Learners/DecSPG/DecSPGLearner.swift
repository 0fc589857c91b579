import ExactSolvers
import GSLKit
import MarkovGames

/// Decentralized softmax policy gradient (DecSPG; ddpl Alg. 1, Zhang et al. 2022) with the
/// unrestricted tabular class Π_i, so the reverse-KL projection of line 5 is the identity:
///
///   π_i^k(·|s) ∝ π_i^{k−1}(·|s) · exp( η/(1−γ) · Q̂_i^{π^{k−1}}(s,·) ),   all agents from π^{k−1}.
///
/// With Q̂ = Q̄ exact this is ddpl Thm. C.1's exact DecSPG (and, since Ā and Q̄ differ by V(s),
/// independent natural policy gradient). With Q̂ from rollouts (`RolloutAveragedQ`) each iterate
/// is recorded with its distance to the exact update π̃^k from the same π^{k−1} (Thm. C.2's ε_is).
public final class DecSPGLearner: IterativeLearner {
    public enum QSource: Sendable {
        case exact
        case sampled(RolloutAveragedQ)
    }

    public let game: Game
    public let eta: Double
    public let qSource: QSource
    private var policy: ProductPolicy
    private let rng: RandomSource

    public init(game: Game, eta: Double, qSource: QSource, initial: ProductPolicy, rng: RandomSource) {
        self.game = game
        self.eta = eta
        self.qSource = qSource
        self.policy = initial
        self.rng = rng
    }

    public var targetRule: TargetRule? { .decentralizedSoftmax(eta: eta) }

    /// λ = η/(1−γ), the factor that multiplies Q̂.
    public var lambda: Double { eta / (1 - game.gamma) }

    public func start() throws -> LearnerIterate { LearnerIterate(policy: .product(policy)) }

    public func step() throws -> LearnerIterate {
        let previous = policy
        switch qSource {
        case .exact:
            policy = try DecentralizedSoftmaxStep.next(game: game, policy: previous, eta: eta)
            return LearnerIterate(policy: .product(policy))
        case .sampled(let estimator):
            let qHat = estimator.estimate(game: game, policy: previous, rng: rng)
            policy = ProductPolicy(tables: (0..<game.agentCount).map { i in
                ExponentialWeights.reweightRows(previous.tables[i], by: qHat[i], scale: lambda, width: game.agents[i].actionCount)
            })
            let exact = try DecentralizedSoftmaxStep.next(game: game, policy: previous, eta: eta)
            return LearnerIterate(policy: .product(policy),
                                  qEstimates: QEstimates(kind: .agentAveraged, of: .previous, tables: qHat),
                                  targetDistance: PolicyRows.maximumDistances(.product(policy), .product(exact), game: game))
        }
    }

    /// ddpl Thm. C.1's step η = (1−γ)²/(2n(r_max − r_min)); nil for a constant reward.
    public static func theoremStep(_ game: Game) -> Double? {
        let (lo, hi) = game.rewards.range
        guard hi > lo else { return nil }
        return (1 - game.gamma) * (1 - game.gamma) / (2 * Double(game.agentCount) * (hi - lo))
    }
}

extension DecSPGLearner.QSource {
    /// `q=exact`, or `q=sampled` with the rollouts' `batch` and `horizon` parameters.
    init(_ p: LearnerParameters) throws(ModelError) {
        self = p.text("q") == "exact" ? .exact
            : .sampled(RolloutAveragedQ(batch: try p.integer("batch", in: 1...10_000_000), horizon: try p.integer("horizon", in: 1...1_000_000)))
    }

    /// Q̂_i of every agent at `policy`: the exact averaged Q̄_i (no estimate recorded), or the rollout
    /// estimate (recorded as the iterate's Q estimates of the previous policy).
    func averagedQ(game: Game, policy: ProductPolicy, rng: RandomSource) throws -> (tables: [[Double]], estimates: QEstimates?) {
        switch self {
        case .exact:
            return (try (0..<game.agentCount).map { i in try AgentView(game: game, policy: policy, agent: i).averagedQ }, nil)
        case .sampled(let estimator):
            let qHat = estimator.estimate(game: game, policy: policy, rng: rng)
            return (qHat, QEstimates(kind: .agentAveraged, of: .previous, tables: qHat))
        }
    }
}

extension LearnerCatalog {
    static let decspg = LearnerSpec(
        name: "decspg",
        summary: "decentralized softmax policy gradient, exact or rollout-estimated averaged Q (ddpl Alg. 1)",
        citation: "ddpl Alg. 1 and Thm. C.1/C.2 (Zhang et al. 2022)",
        parameters: [
            .init("q", default: "exact", "Q̂_i: exact Q̄_i, or sampled from rollouts", choices: ["exact", "sampled"]),
            .init("eta", default: "auto", "step η (λ = η/(1−γ)); auto = Thm. C.1's (1−γ)²/(2n(r_max−r_min))"),
            .init("batch", default: "64", "rollouts per (agent, state, action) when q=sampled"),
            .init("horizon", default: "100", "rollout length H when q=sampled (bias ≤ γ^H·max|r|/(1−γ))"),
            InitialPolicy.parameter,
        ],
        acceptsInitialPolicy: true
    ) { context, p throws(ModelError) in
        let game = context.game
        let eta: Double
        if let given = try p.optionalReal("eta") {
            eta = given
        } else {
            guard let step = DecSPGLearner.theoremStep(game) else {
                throw ModelError(path: "--param eta", "auto needs r_max > r_min; the game's reward is constant, give eta")
            }
            eta = step
        }
        let source = try DecSPGLearner.QSource(p)
        let initial = try InitialPolicy.product(context, choice: p.text("initial"))
        return DecSPGLearner(game: game, eta: eta, qSource: source, initial: initial, rng: context.random("rollouts"))
    }

    static let inpg = LearnerSpec(
        name: "inpg",
        summary: "independent natural policy gradient with exact advantages (baseline)",
        citation: "tabular softmax NPG (Kakade 2001; Agarwal et al. 2021, Lemma 15), one per agent",
        parameters: [
            .init("eta", default: "0.1", "NPG step η: π_i ∝ π_i·exp(η·Ā_i/(1−γ))"),
            InitialPolicy.parameter,
        ],
        acceptsInitialPolicy: true
    ) { context, p throws(ModelError) in
        // Tabular softmax NPG moves the logits by η·Ā_i/(1−γ); Ā_i and Q̄_i differ by V(s), which the
        // normalisation removes, so the step is exact DecSPG with step η (one implementation, two names).
        DecSPGLearner(game: context.game, eta: try p.positive("eta"), qSource: .exact,
                      initial: try InitialPolicy.product(context, choice: p.text("initial")),
                      rng: context.random("unused"))
    }
}
