import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// The exact quantities of Algorithm 1 with exact averaged Q (ddpl Thm. C.1): each agent's view Q̄_i,
/// Ā_i of the current policy (`AgentView`) with its round-off bound, and the theorem's step size. The
/// update itself, π̃_i^k ∝ π_i^{k−1} exp(λ Q̄_i^{π^{k−1}}), is `ExactSolvers.DecentralizedSoftmaxStep`.
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

    /// The step size of Theorem C.1: η = (1−γ)²/(2n(r_max − r_min)).
    static func theoremStepSize(_ game: Game) -> Double {
        let (rMin, rMax) = game.rewards.range
        return (1 - game.gamma) * (1 - game.gamma) / (2 * Double(game.agentCount) * (rMax - rMin))
    }
}
