import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// Instances of mappo Sec. 5: a random cooperative game (|S| ∈ 2…3, N = 2, |A| = 2, γ ∈ {0.5, 0.9},
/// r ∈ [0,1]), the fixed initial state s₀ = 0 (J(π) = V_π(s₀)), a well-covered data law μ = μ_s × μ_a
/// (each factor half Dirichlet(1), half uniform, so every cell has μ ≥ 1/(4|S||A|^N); vectors `muS` over S
/// and `muA` over joint actions), a random autoregressive policy "pi" for the fixed-policy lemmas, and
/// the integer `agent` m.
enum Section5Instances {
    static func family(gammas: [Double] = [0.5, 0.9]) -> InstanceFamily {
        InstanceFamily(
            description: "random cooperative games (|S| ≤ 3, N = 2, |A| = 2, γ ∈ \(gammas)), s₀ = 0, well-covered data law μ_s × μ_a, random autoregressive π",
            admissible: { x in
                guard let g = x.game, let s = x.vectors["muS"], let a = x.vectors["muA"] else { return "needs a game, muS and muA" }
                let (lo, hi) = g.rewards.range
                if lo < 0 || hi > 1 { return "Sec. 3.1 takes r ∈ [0,1]" }
                return s.allSatisfy({ $0 > 0 }) && a.allSatisfy({ $0 > 0 }) ? nil : "μ must cover every state and joint action"
            }
        ) { rng in
            let g = try RandomInstances.cooperativeGame(rng, states: 2...3, agents: 2...2, actions: 2...2, gammas: gammas)
            return ClaimInstance(game: g, policies: ["pi": .conditional(RandomInstances.conditionalPolicy(g, rng))],
                                 integers: ["agent": rng.integer(in: 1...g.agentCount), "s0": 0],
                                 vectors: ["muS": covered(rng.dirichlet(dimension: g.stateCount)), "muA": covered(rng.dirichlet(dimension: g.jointActionCount))],
                                 seed: SeedSequence.derive(rng.seed, "data"))
        }
    }

    /// ½p + ½·uniform.
    static func covered(_ p: [Double]) -> [Double] { p.map { 0.5 * $0 + 0.5 / Double(p.count) } }

    struct Setup {
        let game: Game
        let policy: ConditionalPolicy
        let m: Int
        let s0: Int
        let muS: [Double]
        let muA: [Double]
        let constants: Section5Constants
        let q: LocalizedActionValues
        let op: MultiAgentBellmanOperator

        init(_ x: ClaimInstance) throws {
            game = try x.requireGame()
            policy = try PolicyInstances.policy(x)
            m = try x.integer("agent")
            s0 = try x.integer("s0")
            muS = try x.vector("muS")
            muA = try x.vector("muA")
            constants = Section5Constants(game: game)
            q = try LocalizedActionValues(game: game, policy: policy)
            op = MultiAgentBellmanOperator(game: game, policy: policy, prefixLength: m)
        }

        var prefixPolicy: [Double] { op.prefixPolicy }

        /// n samples of D^m under π.
        func data(size n: Int, _ rng: RandomSource) -> BellmanData {
            BellmanData.sample(game: game, policy: policy, prefix: m, states: muS, actions: muA, size: n, rng)
        }

        /// E^{1:m}(Q_π^{1:m}, π) on a data set.
        func trueBellmanError(_ data: BellmanData) -> Double {
            data.bellmanError(q.tables[m], prefixPolicy: prefixPolicy, gamma: game.gamma)
        }

        /// The population norm ‖g‖_{2,μ}.
        var population: BellmanData { BellmanData.population(game: game, policy: policy, prefix: m, states: muS, actions: muA) }
    }

    /// The (1−δ)-quantile of `values` (linear interpolation between order statistics).
    static func quantile(_ values: [Double], level: Double) -> Double {
        let v = values.sorted()
        let h = level * Double(v.count - 1)
        let i = Int(h.rounded(.down)), j = min(i + 1, v.count - 1)
        return v[i] + (h - Double(i)) * (v[j] - v[i])
    }

    /// The data sizes of the rate checks: 2 decades.
    static let sizes = [100, 316, 1000, 3162, 10000]
}
