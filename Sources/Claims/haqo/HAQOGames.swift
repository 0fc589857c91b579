import GSLKit
import MarkovGames

/// The cooperative games and policies haqo's statements speak about (App. A.3): a fully
/// cooperative Markov game with a shared reward |r(s,a)| ≤ R_max (Assumption A.1), γ ∈ (0,1)
/// (A.2), heterogeneous agents (each with its own action count), and per-agent policies π^i(·|s)
/// with full support (A.3, so every KL is finite).
enum HAQOGames {
    /// A random heterogeneous cooperative game: |S| in `states`, n in `agents`, each agent's |A^i|
    /// drawn independently from `actions`; with probability ¼ each, deterministic transitions (each
    /// P(·|s,a) a point mass on a uniformly drawn state: self-loops and absorbing states occur) or
    /// P(·|s,a) ~ Dirichlet(c·1) with c = 0.05 (nearly deterministic), 0.5 or 1; r(s,a) ~ U[−1,1]
    /// (so R_max ≤ 1), ρ₀ ~ Dirichlet(1), γ from `gammas`.
    static func game(_ rng: RandomSource, states: ClosedRange<Int> = 2...3, agents: ClosedRange<Int> = 2...3,
                     actions: ClosedRange<Int> = 2...3, gammas: [Double] = [0.5, 0.9]) throws -> Game {
        let nS = rng.integer(in: states), n = rng.integer(in: agents)
        let agentList = (0..<n).map { i in
            Agent(name: "agent\(i + 1)", actions: (0..<rng.integer(in: actions)).map { "a\($0)" })
        }
        let gamma = gammas[rng.integer(below: gammas.count)]
        let nA = agentList.reduce(1) { $0 * $1.actionCount }
        let kind = rng.integer(below: 4)
        var transitions: [Double] = []
        transitions.reserveCapacity(nS * nA * nS)
        for _ in 0..<(nS * nA) {
            if kind == 0 {
                var row = [Double](repeating: 0, count: nS)
                row[rng.integer(below: nS)] = 1
                transitions += row
            } else {
                transitions += rng.dirichlet(dimension: nS, concentration: [0.05, 0.5, 1][kind - 1])
            }
        }
        let rewards = (0..<(nS * nA)).map { _ in rng.uniform(-1, 1) }
        return try Game(name: "haqo-random-cooperative", stateNames: (0..<nS).map { "s\($0)" }, agents: agentList,
                        gamma: gamma, initial: rng.dirichlet(dimension: nS), transitions: transitions,
                        rewards: .shared(rewards), source: "haqo App. A.3: random heterogeneous cooperative game")
    }

    /// A product policy with every row softmax(c·ξ), ξ ~ N(0, I): c = 0 is uniform, c = 3 nearly
    /// greedy. Every entry is positive.
    static func softmaxPolicy(_ game: Game, _ rng: RandomSource, temperature c: Double = 1.5) -> ProductPolicy {
        ProductPolicy(tables: game.agents.map { agent in
            (0..<game.stateCount).flatMap { _ in
                Special.softmax((0..<agent.actionCount).map { _ in c * rng.normal() })
            }
        })
    }

    /// R_max = max |r(s,a)| (Assumption A.1, eq. (13)).
    static func rewardBound(_ game: Game) -> Double { game.rewards.maxAbsolute }

    /// `nil` when the game has a shared reward and every named product policy has full support
    /// (Assumptions A.1 and A.3); otherwise why not.
    static func admissible(_ x: ClaimInstance, policies names: [String]) -> String? {
        guard let g = x.game else { return "no game" }
        guard g.rewards.isShared else { return "the reward is not shared (haqo studies fully cooperative games)" }
        for name in names {
            guard case .product(let p)? = x.policies[name] else { return "policy '\(name)' is not a product policy" }
            if p.tables.contains(where: { $0.contains { !($0 > 0) } }) {
                return "policy '\(name)' has a zero probability (Assumption A.3 needs full support for finite KL)"
            }
        }
        return nil
    }

    /// The points e_0 < … < e_{K−1} that embed agent i's K discrete actions in the bounded action
    /// interval [−1, 1] (evenly spaced; e_0 = 0 when K = 1), so that the diffusion forward process
    /// z = √ᾱ·a + √(1−ᾱ)·ε of eqs. (5), (9) acts on a real action.
    static func actionEmbedding(count k: Int) -> [Double] {
        k == 1 ? [0] : (0..<k).map { -1 + 2 * Double($0) / Double(k - 1) }
    }
}
