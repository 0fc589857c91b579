import ExactSolvers
import GSLKit
import MarkovGames

/// Draws (s, a^{1:m−1}, a^m) from σ_k = ν_k·π^{1:m} (mappo Alg. 1 line 5): s from a state
/// distribution of the current joint policy, then the first m agents' actions from the conditional
/// tables in order. The state distribution is the stationary ν_π (as printed) or, for chains whose
/// stationary law is not unique or not useful (absorbing states), the discounted occupancy d_ρ₀^π.
public struct StationarySampler: Sendable {
    public enum StateLaw: String, Sendable, CaseIterable {
        case stationary
        case occupancy
    }

    /// The state distribution of `policy` under `law`.
    public static func stateDistribution(game: Game, policy: ConditionalPolicy, law: StateLaw) throws -> [Double] {
        try stateDistribution(mdp: FiniteMDP(game: game), policy: policy.joint(in: game).table, law: law)
    }

    /// The state distribution of the stochastic table `policy` ([s][a]) in `mdp` under `law`.
    public static func stateDistribution(mdp: FiniteMDP, policy: [Double], law: StateLaw) throws -> [Double] {
        switch law {
        case .stationary:
            do {
                return try mdp.stationaryDistribution(policy: policy)
            } catch {
                guard case .notUnique(let why) = error else { throw error }
                throw ModelError(path: "--param sampling", "the stationary distribution of π_k is not unique (\(why)); use sampling=occupancy")
            }
        case .occupancy:
            return try mdp.discountedStateOccupancy(policy: policy)
        }
    }

    /// One draw: the state and the flat index (s·P_m + b)·|A_σ(m)| + a of position m's table.
    public static func draw(policy: ConditionalPolicy, states nu: [Double], position m: Int, game: Game, rng: RandomSource) -> (state: Int, index: Int) {
        let simulator = GameSimulator(game: game)
        let s = simulator.sample(nu[...], rng: rng)
        var prefix = 0, prefixCount = 1
        var index = 0
        for l in 0...m {
            let k = game.agents[policy.order[l]].actionCount
            let row = s * prefixCount + prefix
            let a = simulator.sample(policy.tables[l][(row * k)..<((row + 1) * k)], rng: rng)
            index = row * k + a
            prefix = prefix * k + a
            prefixCount *= k
        }
        return (s, index)
    }
}
