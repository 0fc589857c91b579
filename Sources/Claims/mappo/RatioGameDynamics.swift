import ExactSolvers
import GSLKit
import Learners
import MarkovGames

/// mappo App. E: von Neumann's ratio game and the three learning dynamics of its simulation.
///
/// V(π_x, π_y) = π_xᵀRπ_y / π_xᵀSπ_y with R = [[1, 0.5], [−0.5, 0]] and S = [[1, 1], [0.1, 0.1]] (rows agent 1),
/// the second row of R as in the authors' code (model.py; the OCR is ambiguous); x, y the probabilities of
/// the first actions. The game itself is MarkovGames' `ratio-game` builder, whose exact evaluation
/// V(play) equals this ratio (γ·P(play|play) = 1 − S); the dynamics run on that game (Learners' MA-PPO
/// and independent PG, ExactSolvers' mirror-descent step) and the recorded values use the closed form.
enum RatioGameDynamics {
    static let reward: [[Double]] = [[1, 0.5], [-0.5, 0]]
    static let stopping: [[Double]] = [[1, 1], [0.1, 0.1]]

    /// E_π[R]/E_π[S] for a joint law π(a,b) (flat [a][b]); for a product law this is V(π_x, π_y).
    static func value(joint p: [Double]) -> Double {
        var num = 0.0, den = 0.0
        for a in 0..<2 { for b in 0..<2 { num += p[2 * a + b] * reward[a][b]; den += p[2 * a + b] * stopping[a][b] } }
        return num / den
    }

    /// V(π_x, π_y) for two mixed strategies.
    static func value(_ x: [Double], _ y: [Double]) -> Double { value(joint: [x[0] * y[0], x[0] * y[1], x[1] * y[0], x[1] * y[1]]) }

    /// ∇_x V and ∇_y V (vectors over the two actions): (R y − V S y)/(xᵀSy) and (Rᵀx − V Sᵀx)/(xᵀSy).
    static func gradients(_ x: [Double], _ y: [Double]) -> (x: [Double], y: [Double]) {
        let v = value(x, y)
        var den = 0.0
        for a in 0..<2 { for b in 0..<2 { den += x[a] * stopping[a][b] * y[b] } }
        let gx = (0..<2).map { a in (0..<2).reduce(0.0) { $0 + (reward[a][$1] - v * stopping[a][$1]) * y[$1] } / den }
        let gy = (0..<2).map { b in (0..<2).reduce(0.0) { $0 + (reward[$1][b] - v * stopping[$1][b]) * x[$1] } / den }
        return (gx, gy)
    }

    /// The starting policies of a panel as tables of the `ratio-game` game: x₀, y₀ the probabilities
    /// of the first actions at "play" (agent 2's row the same after either action of agent 1), uniform
    /// at "stopped".
    static func startingPolicy(x0: Double, y0: Double) -> ProductPolicy {
        ProductPolicy(tables: [[x0, 1 - x0, 0.5, 0.5], [y0, 1 - y0, 0.5, 0.5]])
    }

    /// The authors' "sequential policy updates" (github.com/zhaoyl18/ratio_game, main.py) are MA-PPO's
    /// App. E update (Learners' `MAPPOExact`, update=appendix-e, 1/β_k = η): softmax logits θ (agent 1),
    /// z₁, z₂ (agent 2 after agent 1's first / second action); θ_a += η V(e_a, p₂), z_{a,b} += η V(e_a, e_b)
    /// with p₂ agent 2's marginal. Returns V(π₁, p₂) before each update, the value the code plots.
    static func sequentialCode(game: Game, eta: Double, iterations: Int, x0: Double, y0: Double) throws -> [Double] {
        let learner = try MAPPOExact(game: game, update: .appendixE, beta: 1 / eta, order: [0, 1],
                                     initial: .product(startingPolicy(x0: x0, y0: y0)))
        return try recordedValues(learner, iterations: iterations) { policy in
            guard case .conditional(let c) = policy else { preconditionFailure("MA-PPO iterates are conditional policies") }
            let p1 = Array(c.tables[0][0..<2])
            let q = [Array(c.tables[1][0..<2]), Array(c.tables[1][2..<4])]
            return value(p1, (0..<2).map { p1[0] * q[0][$0] + p1[1] * q[1][$0] })
        }
    }

    /// mappo's Algorithm 1 on the ratio game in its exact tabular form (softmax = one-hot log-linear
    /// policies, exact Q, 1/β_k = η): θ_a += η Q^1(a), z_{a,b} += η Q(a,b) with Q the game's action values
    /// and Q^1 the localized Q of agent 1 (`ExactAlgorithm1`). Returns V(play) of the autoregressive
    /// policy before each update.
    static func algorithm1(game: Game, eta: Double, iterations: Int, x0: Double, y0: Double) throws -> [Double] {
        try ExactAlgorithm1.values(game: game, initial: ConditionalPolicy(startingPolicy(x0: x0, y0: y0), game: game),
                                   beta: 1 / eta, iterations: iterations).map { $0[0] }
    }

    /// Independent softmax policy gradient with exact gradients (main.py), Learners' `IndependentPolicyGradient`:
    /// θ_i += η ∇_{θ_i} V(softmax θ₁, softmax θ₂). Returns V(π_x, π_y) before each update.
    static func independentGradient(game: Game, eta: Double, iterations: Int, x0: Double, y0: Double) throws -> [Double] {
        let learner = IndependentPolicyGradient(game: game, eta: eta, initial: startingPolicy(x0: x0, y0: y0))
        return try recordedValues(learner, iterations: iterations) { policy in
            guard case .product(let p) = policy else { preconditionFailure("independent PG iterates are product policies") }
            return value(Array(p.tables[0][0..<2]), Array(p.tables[1][0..<2]))
        }
    }

    /// `record` of the iterates 0…iterations−1 of a learner (the value before each update).
    private static func recordedValues(_ learner: any IterativeLearner, iterations: Int,
                                       _ record: (Policy) -> Double) throws -> [Double] {
        var policy = try learner.start().policy
        var out: [Double] = []
        out.reserveCapacity(iterations)
        for k in 0..<iterations {
            out.append(record(policy))
            if k + 1 < iterations { policy = try learner.step().policy }
        }
        return out
    }

    /// The six panels of Fig. 1: (a)–(c) "initialized close to the stationary point", (d)–(f) uniform.
    struct Panel {
        let name: String
        let eta: Double
        let iterations: Int
        let x0: Double
        let y0: Double
    }

    /// (x, y) = (0.5, y₀) for (a)–(c), with y₀ from the instance (the paper does not give it).
    static func panels(nearStationaryY y0: Double) -> [Panel] {
        [Panel(name: "(a)", eta: 0.001, iterations: 20000, x0: 0.5, y0: y0),
         Panel(name: "(b)", eta: 0.01, iterations: 20000, x0: 0.5, y0: y0),
         Panel(name: "(c)", eta: 0.05, iterations: 8000, x0: 0.5, y0: y0),
         Panel(name: "(d)", eta: 0.001, iterations: 20000, x0: 0.5, y0: 0.5),
         Panel(name: "(e)", eta: 0.01, iterations: 20000, x0: 0.5, y0: 0.5),
         Panel(name: "(f)", eta: 0.05, iterations: 5000, x0: 0.5, y0: 0.5)]
    }

    /// The fixed instance: the `ratio-game` game and y₀ = 0.01 for the near-stationary panels.
    static let family = InstanceFamily(
        description: "von Neumann's ratio game of App. E (the `ratio-game` builder); panels (a)–(c) start at (x, y) = (0.5, y₀), y₀ = 0.01 (the paper gives no value), (d)–(f) at (0.5, 0.5)"
    ) { _ in
        ClaimInstance(game: try GameCatalog.builder(named: "ratio-game").build(), scalars: ["y0": 0.01])
    }

    /// The sequential trajectory of one panel under a reading: the authors' update with the value the
    /// code records, or Algorithm 1 with the joint value.
    static func sequential(_ panel: Panel, algorithm1 useAlgorithm1: Bool, game: Game) throws -> [Double] {
        useAlgorithm1
            ? try algorithm1(game: game, eta: panel.eta, iterations: panel.iterations, x0: panel.x0, y0: panel.y0)
            : try sequentialCode(game: game, eta: panel.eta, iterations: panel.iterations, x0: panel.x0, y0: panel.y0)
    }
}
