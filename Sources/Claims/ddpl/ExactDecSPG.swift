import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// One epoch of Algorithm 1 with exact averaged Q and the unrestricted class (ddpl Thm. C.1; the
/// exact softmax update π̃^k of App. C):
///
///     π̃_i^k(·|s) ∝ π_i^{k−1}(·|s) · exp(λ Q̄_i^{π^{k−1}}(s,·)),   λ = η/(1−γ),
///
/// all agents at once from the same π^{k−1}, in log space (log π̃ = log π + λQ̄ − logsumexp).
/// Q̄_i is computed exactly in agent i's induced MDP (`AgentView`).
///
/// The `solvers` branch carries the same step as `ExactSolvers.DecentralizedSoftmaxStep`; this
/// one also returns the agent views it used, which the proof steps of App. C need.
enum ExactDecSPG {
    /// Agent i's exact averaged quantities under π, with the round-off tolerance of Q̄_i.
    struct View {
        let agent: AgentView
        /// The forward-error bound of Q̄_i (one exact solve), in units of Q.
        let tolerance: Double
    }

    static func views(game: Game, policy: ProductPolicy) throws -> [View] {
        try (0..<game.agentCount).map { i in
            let view = try AgentView(game: game, policy: policy, agent: i)
            let scale = Vector.infinityNorm(view.averagedQ)
            return View(agent: view, tolerance: DiscountedTolerance.forwardError(size: game.stateCount, gamma: game.gamma, scale: scale))
        }
    }

    /// π̃ from π with step η, given the views of π.
    static func step(game: Game, policy: ProductPolicy, views: [View], eta: Double) -> ProductPolicy {
        let lambda = eta / (1 - game.gamma)
        return ProductPolicy(tables: (0..<game.agentCount).map { i in
            let k = game.agents[i].actionCount, old = policy.tables[i], q = views[i].agent.averagedQ
            return (0..<game.stateCount).flatMap { s in
                Special.softmax((0..<k).map { a in
                    old[s * k + a] > 0 ? log(old[s * k + a]) + lambda * q[s * k + a] : -Double.infinity
                })
            }
        })
    }

    /// The step size of Theorem C.1: η = (1−γ)²/(2n(r_max − r_min)).
    static func theoremStepSize(_ game: Game) -> Double {
        let (rMin, rMax) = game.rewards.range
        return (1 - game.gamma) * (1 - game.gamma) / (2 * Double(game.agentCount) * (rMax - rMin))
    }
}
