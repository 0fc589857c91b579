import GSLKit

extension NamedGames {
    /// A random identical-interest Markov game: P(·|s,a) ~ Dirichlet(α·1), r(s,a) ~ U[0,1],
    /// ρ₀ ~ Dirichlet(1). The game class of ddpl's Theorem C.1 (Zhang et al. 2022, Sec. 2).
    static let randomIdenticalInterest = GameBuilder(
        name: "random-identical-interest",
        summary: "random cooperative game: Dirichlet transitions, shared U[0,1] rewards",
        citation: "identical-interest Markov game, ddpl Sec. 2.1 (Zhang et al. 2022)",
        parameters: RandomGameShape.parameters(defaultStates: 4, concentrationSummary: "Dirichlet concentration α of each transition row"),
        isRandom: true
    ) { p, rng throws(ModelError) in
        let shape = try RandomGameShape(p)
        try shape.validate()
        let nS = shape.stateNames.count
        let nA = JointActionSpace(sizes: shape.agents.map(\.actionCount)).count
        var transitions = [Double]()
        transitions.reserveCapacity(nS * nA * nS)
        for _ in 0..<(nS * nA) { transitions += rng.dirichlet(dimension: nS, concentration: shape.concentration) }
        let rewards = (0..<(nS * nA)).map { _ in rng.uniform() }
        let initial = rng.dirichlet(dimension: nS)
        return try Game(name: "random-identical-interest", stateNames: shape.stateNames, agents: shape.agents,
                        gamma: shape.gamma, initial: initial, transitions: transitions, rewards: .shared(rewards),
                        source: p.provenance)
    }
}

import Foundation
