import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// DecSPG with the Gaussian policy class on continuous actions (ddpl Sec. 3, Alg. 1 with Π_i the
/// Gaussians, Thm. 3.1 / Prop. 3.2): each agent's policy at each state is N(μ, σ²) carried on its
/// action rule, and line 5's update is the reverse-KL projection
///
///   π_i^k(·|s) = argmin_{N(μ,σ²)} KL( N(μ,σ²) ‖ π̃_i^k(·|s) ),   π̃_i^k ∝ π_i^{k−1}·exp(λ Q̂_i^{π^{k−1}}),  λ = η/(1−γ),
///
/// reached "with gradient descent" from the current (μ, σ) (`TruncatedGaussianRow.project`). Every
/// iterate records its distance to the unprojected exact update (Thm. C.2's ε_is for this class)
/// and the (μ, σ²) of every agent and state.
public final class GaussianProjectedDecSPG: IterativeLearner {
    public let game: Game
    public let eta: Double
    public let qSource: DecSPGLearner.QSource
    public let projectionSteps: Int
    public let projectionTolerance: Double
    private var rows: [[TruncatedGaussianRow]]
    private let rules: [RuleNodes]
    private let rng: RandomSource

    public init(game: Game, eta: Double, qSource: DecSPGLearner.QSource, mean: Double, variance: Double,
                projectionSteps: Int, projectionTolerance: Double, rng: RandomSource) throws(ModelError) {
        var rules: [RuleNodes] = []
        for (i, agent) in game.agents.enumerated() {
            guard let rule = agent.actionRule else {
                throw ModelError(path: "agents[\(i)]", "agent '\(agent.name)' has finite actions; the Gaussian class needs an action interval (\"interval\" in the game file)")
            }
            rules.append(RuleNodes(rule))
        }
        self.game = game
        self.eta = eta
        self.qSource = qSource
        self.projectionSteps = projectionSteps
        self.projectionTolerance = projectionTolerance
        self.rules = rules
        self.rows = game.agents.map { _ in [TruncatedGaussianRow](repeating: TruncatedGaussianRow(mean: mean, variance: variance), count: game.stateCount) }
        self.rng = rng
    }

    public var targetRule: TargetRule? { .decentralizedSoftmax(eta: eta) }

    private var policy: ProductPolicy {
        ProductPolicy(tables: (0..<game.agentCount).map { i in rows[i].flatMap { $0.table(rule: rules[i]) } })
    }

    private var diagnostics: [(name: String, value: Double)] {
        var out: [(name: String, value: Double)] = []
        for (i, agent) in game.agents.enumerated() {
            for (s, name) in game.stateNames.enumerated() {
                out.append(("mean \(agent.name) \(name)", rows[i][s].mean))
                out.append(("variance \(agent.name) \(name)", rows[i][s].variance))
            }
        }
        return out
    }

    public func start() throws -> LearnerIterate { LearnerIterate(policy: .product(policy), diagnostics: diagnostics) }

    public func step() throws -> LearnerIterate {
        let previous = policy
        let lambda = eta / (1 - game.gamma)
        let (qHat, estimates) = try qSource.averagedQ(game: game, policy: previous, rng: rng)
        var worstGradient = 0.0
        for i in 0..<game.agentCount {
            let k = rules[i].nodes.count
            for s in 0..<game.stateCount {
                let row = (s * k)..<((s + 1) * k)
                let target = ExponentialWeights.logits(previous.tables[i][row], by: qHat[i][row], scale: lambda)
                worstGradient = max(worstGradient, rows[i][s].project(rule: rules[i], target: target,
                                                                        maxSteps: projectionSteps, tolerance: projectionTolerance))
            }
        }
        let next = policy
        let exact = try DecentralizedSoftmaxStep.next(game: game, policy: previous, eta: eta)
        return LearnerIterate(policy: .product(next), qEstimates: estimates,
                              targetDistance: PolicyRows.maximumDistances(.product(next), .product(exact), game: game),
                              diagnostics: diagnostics + [("projection gradient norm (max)", worstGradient)])
    }
}

extension LearnerCatalog {
    static let decspgGaussian = LearnerSpec(
        name: "decspg-gaussian",
        summary: "DecSPG with Gaussian policies on continuous actions, reverse-KL projection (ddpl Sec. 3)",
        citation: "ddpl Alg. 1 with Π_i Gaussian, Thm. 3.1 and Prop. 3.2",
        parameters: [
            .init("eta", default: "auto", "step η (λ = η/(1−γ)); auto = 0.01(1−γ), i.e. λ = 0.01 (ddpl Thm. 3.1)"),
            .init("q", default: "exact", "Q̂_i: exact Q̄_i, or sampled from rollouts", choices: ["exact", "sampled"]),
            .init("batch", default: "32", "rollouts per (agent, state, action) when q=sampled"),
            .init("horizon", default: "100", "rollout length H when q=sampled"),
            .init("mean", default: "0", "initial mean μ⁰ of every agent and state"),
            .init("variance", default: "0.1", "initial variance (σ⁰)² (ddpl Thm. 3.1: π⁰ = N(0, 0.1))"),
            .init("projectionSteps", default: "10000", "maximum gradient-descent steps of each projection"),
            .init("projectionTolerance", default: "1e-8", "stop a projection when ‖∇KL‖ in (μ, log σ) falls below this (or no step decreases the KL any more)"),
        ]
    ) { context, p throws(ModelError) in
        let game = context.game
        let eta = try p.optionalReal("eta") ?? 0.01 * (1 - game.gamma)
        let source = try DecSPGLearner.QSource(p)
        return try GaussianProjectedDecSPG(game: game, eta: eta, qSource: source, mean: try p.real("mean"), variance: try p.positive("variance"),
                                           projectionSteps: try p.integer("projectionSteps", in: 1...100_000_000),
                                           projectionTolerance: try p.positive("projectionTolerance"), rng: context.random("rollouts"))
    }
}
