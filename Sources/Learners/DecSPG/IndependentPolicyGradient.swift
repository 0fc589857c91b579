import ExactSolvers
import GSLKit
import MarkovGames

/// Independent softmax policy gradient with exact gradients (the baseline of mappo App. E and of
/// ddpl's comparisons): every agent ascends J along its own logits, all from the same π^k,
///
///   θ_i(s,a_i) ← θ_i(s,a_i) + η · ∂J/∂θ_i(s,a_i),   ∂J/∂θ_i(s,a_i) = d^π(s) π_i(a_i|s) Ā_i^π(s,a_i) / (1−γ),
///
/// with d^π the normalised discounted state occupancy from ρ₀ and Ā_i = Q̄_i − V agent i's averaged
/// advantage (the softmax policy-gradient theorem applied to agent i's induced MDP; J unnormalised).
/// The logits are kept (not the tables), so long runs do not lose precision near deterministic policies.
public final class IndependentPolicyGradient: IterativeLearner {
    public let game: Game
    public let eta: Double
    private var logits: [[Double]]

    public init(game: Game, eta: Double, initial: ProductPolicy) {
        self.game = game
        self.eta = eta
        self.logits = initial.tables.map(PolicyRows.logits)
    }

    public var targetRule: TargetRule? { nil }

    private var policy: ProductPolicy {
        ProductPolicy(tables: (0..<game.agentCount).map { PolicyRows.softmax(logits[$0], width: game.agents[$0].actionCount) })
    }

    public func start() throws -> LearnerIterate { LearnerIterate(policy: .product(policy)) }

    public func step() throws -> LearnerIterate {
        let pi = policy
        let gradient = try Self.gradient(game: game, policy: pi)
        for i in 0..<game.agentCount {
            for k in logits[i].indices where logits[i][k].isFinite { logits[i][k] += eta * gradient[i][k] }
        }
        let norm = Vector.twoNorm(gradient.flatMap { $0 })
        return LearnerIterate(policy: .product(policy), diagnostics: [("‖∇J‖ at previous iterate", norm)])
    }

    /// ∂J/∂θ_i(s,a_i) for every agent, tables [i][s·|A_i| + a_i]. Complexity O(n·(|S|³ + |S|²|A|)).
    public static func gradient(game: Game, policy: ProductPolicy) throws -> [[Double]] {
        let joint = policy.joint(in: game).table
        let d = try FiniteMDP(game: game).discountedStateOccupancy(policy: joint)
        return try (0..<game.agentCount).map { i in
            let view = try AgentView(game: game, policy: policy, agent: i)
            let k = game.agents[i].actionCount
            return (0..<(game.stateCount * k)).map { sa in
                d[sa / k] * policy.tables[i][sa] * view.averagedAdvantage[sa] / (1 - game.gamma)
            }
        }
    }
}

extension LearnerCatalog {
    static let ipg = LearnerSpec(
        name: "ipg",
        summary: "independent softmax policy gradient with exact gradients (baseline)",
        citation: "mappo App. E baseline; softmax policy-gradient theorem per agent",
        parameters: [
            .init("eta", default: "0.01", "gradient step η on the logits"),
            InitialPolicy.parameter,
        ],
        acceptsInitialPolicy: true
    ) { context, p throws(ModelError) in
        IndependentPolicyGradient(game: context.game, eta: try p.positive("eta"),
                                  initial: try InitialPolicy.product(context, choice: p.text("initial")))
    }
}
