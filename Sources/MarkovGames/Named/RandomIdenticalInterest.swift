import GSLKit

extension NamedGames {
    /// A random identical-interest Markov game: P(·|s,a) ~ Dirichlet(α·1), r(s,a) ~ U[0,1],
    /// ρ₀ ~ Dirichlet(1). The game class of ddpl's Theorem C.1 (Zhang et al. 2022, Sec. 2).
    static let randomIdenticalInterest = GameBuilder(
        name: "random-identical-interest",
        summary: "random cooperative game: Dirichlet transitions, shared U[0,1] rewards",
        citation: "identical-interest Markov game, ddpl Sec. 2.1 (Zhang et al. 2022)",
        parameters: [
            .init("states", default: "4", "number of states |S|"),
            .init("agents", default: "2", "number of agents n"),
            .init("actions", default: "2", "actions per agent |A_i|"),
            .init("gamma", default: "0.9", "discount γ in [0, 1)"),
            .init("concentration", default: "1", "Dirichlet concentration α of each transition row"),
        ],
        isRandom: true
    ) { p, rng throws(ModelError) in
        let nS = try p.integer("states", in: 1...100_000)
        let n = try p.integer("agents", in: 1...16)
        let k = try p.integer("actions", in: 1...64)
        let gamma = try p.discount()
        let alpha = try p.real("concentration")
        guard alpha > 0 else { throw ModelError(path: "--param concentration", "α = \(alpha) must be positive") }
        let agents = (0..<n).map { Agent(name: "agent\($0 + 1)", actions: (0..<k).map { "a\($0)" }) }
        try Game.validateShape(stateNames: (0..<nS).map { "s\($0)" }, agents: agents, gamma: gamma)
        let nA = Int(pow(Double(k), Double(n)))
        var transitions = [Double]()
        transitions.reserveCapacity(nS * nA * nS)
        for _ in 0..<(nS * nA) { transitions += rng.dirichlet(dimension: nS, concentration: alpha) }
        let rewards = (0..<(nS * nA)).map { _ in rng.uniform() }
        let initial = rng.dirichlet(dimension: nS)
        return try Game(name: "random-identical-interest", stateNames: (0..<nS).map { "s\($0)" }, agents: agents,
                        gamma: gamma, initial: initial, transitions: transitions, rewards: .shared(rewards),
                        source: p.provenance)
    }
}

import Foundation
