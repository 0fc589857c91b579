import Foundation
import GSLKit
import MarkovGames

/// Discounted sums along the trajectories of a joint policy, by propagating the state law
/// μ_{t+1} = μ_t P_π forward from ρ₀ — independent of the LU solves of the exact evaluation
/// (haqo App. A.5, eqs. (32)–(35)).
struct DiscountedTrajectory: Sendable {
    /// Σ_{t<H} γ^t Pr(s_t = s), per state.
    let discountedVisits: [Double]
    /// H: the horizon after which γ^H/(1−γ) < 1e-17.
    let horizon: Int
    /// γ^H/(1−γ): the weight the truncated tail may still carry per unit of a bounded integrand.
    let tailWeight: Double

    init(game: Game, policy: [Double]) {
        let nS = game.stateCount, nA = game.jointActionCount, gamma = game.gamma
        let h = gamma == 0 ? 1 : Int((log(1e-17 * (1 - gamma)) / log(gamma)).rounded(.up)) + 1
        var mu = game.initial, visits = [Double](repeating: 0, count: nS), weight = 1.0
        for _ in 0..<h {
            for s in 0..<nS { visits[s] += weight * mu[s] }
            var next = [Double](repeating: 0, count: nS)
            for s in 0..<nS where mu[s] != 0 {
                for a in 0..<nA {
                    let w = mu[s] * policy[s * nA + a]
                    if w == 0 { continue }
                    for t in 0..<nS { next[t] += w * game.probability(from: s, a, to: t) }
                }
            }
            mu = next
            weight *= gamma
        }
        discountedVisits = visits
        horizon = h
        tailWeight = weight / (1 - gamma)
    }

    /// E_τ[Σ_t γ^t f(s_t, a_t)] for f flat [s][a] under the same policy.
    func discountedSum(of f: [Double], policy: [Double], actions nA: Int) -> Double {
        var v = 0.0
        for s in discountedVisits.indices {
            for a in 0..<nA { v += discountedVisits[s] * policy[s * nA + a] * f[s * nA + a] }
        }
        return v
    }
}
