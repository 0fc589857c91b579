import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// mappo App. E: von Neumann's ratio game and the three learning dynamics of its simulation.
///
/// V(π_x, π_y) = π_xᵀRπ_y / π_xᵀSπ_y with R = [[1, 0.5], [−0.5, 0]] and S = [[1, 1], [0.1, 0.1]] (rows agent 1),
/// the second row of R as in the authors' code (model.py; the OCR is ambiguous); x, y the probabilities of
/// the first actions. The game itself is MarkovGames' `ratio-game` builder, whose exact evaluation
/// V(play) equals this ratio (γ·P(play|play) = 1 − S); the dynamics use the closed form.
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

    /// A trajectory: the value recorded before each update (as the authors' code records it), and
    /// for the sequential updates also the value of the joint autoregressive policy.
    struct Trajectory {
        var recorded: [Double] = []
        var joint: [Double] = []
    }

    /// Logits for a probability p of the first of two actions.
    static func logits(_ p: Double) -> [Double] { [log(p), log(1 - p)] }

    /// The authors' "sequential policy updates" (github.com/zhaoyl18/ratio_game, main.py): softmax logits
    /// θ (agent 1), z₁, z₂ (agent 2 after agent 1's first / second action); p₂ = agent 2's marginal;
    /// θ_a += η V(e_a, p₂), z_{a,b} += η V(e_a, e_b). `recorded` is V(π₁, p₂) as the code plots it;
    /// `joint` is E_π[R]/E_π[S] of the autoregressive policy π(a,b) = π₁(a)π₂(b|a).
    static func sequentialCode(eta: Double, iterations: Int, x0: Double, y0: Double) -> Trajectory {
        var theta = logits(x0), z = [logits(y0), logits(y0)]
        var out = Trajectory()
        let e = [[1.0, 0.0], [0.0, 1.0]]
        for _ in 0..<iterations {
            let p1 = Special.softmax(theta), q = z.map(Special.softmax)
            let p2 = (0..<2).map { p1[0] * q[0][$0] + p1[1] * q[1][$0] }
            out.recorded.append(value(p1, p2))
            out.joint.append(value(joint: [p1[0] * q[0][0], p1[0] * q[0][1], p1[1] * q[1][0], p1[1] * q[1][1]]))
            let step = (0..<2).map { eta * value(e[$0], p2) }
            for a in 0..<2 { theta[a] += step[a] }
            for a in 0..<2 { for b in 0..<2 { z[a][b] += eta * value(e[a], e[b]) } }
        }
        return out
    }

    /// mappo's Algorithm 1 on the ratio game in its exact tabular form (softmax = one-hot log-linear
    /// policies, exact Q, 1/β_k = η): θ_a += η Q^1(a), z_{a,b} += η Q(a,b) with Q the game's action values
    /// and Q^1 the localized Q of agent 1 (ExactSolvers' `MirrorDescentStep` on the `ratio-game` game).
    /// `recorded` = `joint` = V(play) of the autoregressive policy.
    static func algorithm1(game: Game, eta: Double, iterations: Int, x0: Double, y0: Double) throws -> Trajectory {
        var policy = ConditionalPolicy(order: [0, 1], tables: [[x0, 1 - x0, 0.5, 0.5], [y0, 1 - y0, y0, 1 - y0, 0.5, 0.5, 0.5, 0.5]])
        var out = Trajectory()
        for _ in 0..<iterations {
            let q = try LocalizedActionValues(game: game, policy: policy)
            out.recorded.append(q.values[0])
            out.joint.append(q.values[0])
            policy = MirrorDescentStep.next(policy: policy, localized: q, beta: 1 / eta)
        }
        return out
    }

    /// Independent softmax policy gradient with exact gradients (main.py): θ_i += η ∇_{θ_i} V(softmax θ₁, softmax θ₂).
    static func independentGradient(eta: Double, iterations: Int, x0: Double, y0: Double) -> Trajectory {
        var t1 = logits(x0), t2 = logits(y0)
        var out = Trajectory()
        for _ in 0..<iterations {
            let x = Special.softmax(t1), y = Special.softmax(t2)
            let v = value(x, y)
            out.recorded.append(v)
            out.joint.append(v)
            let g = gradients(x, y)
            let dx = x[0] * x[1] * (g.x[0] - g.x[1]), dy = y[0] * y[1] * (g.y[0] - g.y[1])
            t1[0] += eta * dx; t1[1] -= eta * dx
            t2[0] += eta * dy; t2[1] -= eta * dy
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
            ? try algorithm1(game: game, eta: panel.eta, iterations: panel.iterations, x0: panel.x0, y0: panel.y0).recorded
            : sequentialCode(eta: panel.eta, iterations: panel.iterations, x0: panel.x0, y0: panel.y0).recorded
    }
}
