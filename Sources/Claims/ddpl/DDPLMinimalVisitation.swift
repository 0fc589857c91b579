import ExactSolvers
import GSLKit
import MarkovGames

/// The constant M := sup_π max_s 1/d^π(s) of ddpl Thm. C.1, exactly: for each state s,
/// d_min(s) = (1−γ) min_π ρ₀ᵀ W_s^π with W_s^π = (I − γP_π)⁻¹ e_s, the discounted expected number of
/// visits to s, whose minimisation over policies is an MDP with reward 1[x = s] minimised (solved
/// here as the maximisation of −1[x = s] by policy iteration over joint actions). The minimiser is
/// deterministic, hence a product of Dirac policies, so the infimum over decentralised policies is
/// the same. M = max_s 1/d_min(s) (∞ when some state can be avoided entirely).
struct MinimalVisitation {
    /// d_min(s) for every state.
    let minimalOccupancy: [Double]

    init(game: Game) throws {
        let nS = game.stateCount, nA = game.jointActionCount
        var dMin: [Double] = []
        for s in 0..<nS {
            var rewards = [Double](repeating: 0, count: nS * nA)
            for a in 0..<nA { rewards[s * nA + a] = -1 }
            let mdp = FiniteMDP(stateCount: nS, actionCount: nA, transitions: game.transitions, rewards: rewards,
                                gamma: game.gamma, initial: game.initial)
            let optimum = try mdp.policyIteration()
            dMin.append(-(1 - game.gamma) * optimum.objective(initial: game.initial))
        }
        minimalOccupancy = dMin
    }

    /// M = max_s 1/d_min(s).
    var value: Double { minimalOccupancy.map { $0 > 0 ? 1 / $0 : .infinity }.max()! }

    /// The cheap upper bound M ≤ 1/((1−γ) min_s ρ₀(s)).
    static func initialDistributionBound(_ game: Game) -> Double { 1 / ((1 - game.gamma) * game.initial.min()!) }
}
