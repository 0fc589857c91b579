import GSLKit

extension NamedGames {
    /// A random Markov potential game (MPG) in the sense of Leonardos, Overman, Panageas &
    /// Piliouras ("Global convergence of multi-agent policy gradient in Markov potential games",
    /// ICLR 2022, Sec. 3): per-agent rewards built from a state potential,
    ///
    ///     r_i(s, a) = Φ(s, a) + u_i(s, a_{−i}),   Φ(s, a) ~ U[0,1],   u_i(s, a_{−i}) ~ scale·U[0,1],
    ///
    /// where the dummy term u_i does not depend on a_i, so every state game is a potential game
    /// with potential Φ(s, ·). Transitions are agent-independent, P(·|s, a) = P(·|s) ~ Dirichlet(α·1)
    /// for every joint action a: the sufficient condition of Leonardos et al. (Sec. 3, condition C1,
    /// "agent-independent transitions") under which a game whose state games are potential games is an MPG. Indeed the state
    /// process then does not depend on the policy, so
    /// V_i^s(π) = Σ_t γ^t E[Φ(s_t, a_t)] + (a term free of π_i) and
    /// V_i^s(π_i, π_{−i}) − V_i^s(π_i', π_{−i}) = Φ^s(π_i, π_{−i}) − Φ^s(π_i', π_{−i}) with the
    /// value potential Φ^s(π) = E_π[Σ_t γ^t Φ(s_t, a_t) | s_0 = s]. ρ₀ ~ Dirichlet(1).
    static let randomPotential = GameBuilder(
        name: "random-potential",
        summary: "random Markov potential game: r_i = Φ(s,a) + u_i(s,a_-i), agent-independent Dirichlet transitions",
        citation: "Markov potential game, Leonardos et al. (ICLR 2022), Sec. 3, sufficient condition C1 (agent-independent transitions)",
        parameters: RandomGameShape.parameters(defaultStates: 3, concentrationSummary: "Dirichlet concentration α of each transition row P(·|s)")
            + [.init("dummy", default: "1", "scale of the dummy terms u_i(s, a_-i) ~ scale·U[0,1]")],
        isRandom: true
    ) { p, rng throws(ModelError) in
        let shape = try RandomGameShape(p)
        let scale = try p.real("dummy")
        try shape.validate()
        let agents = shape.agents, stateNames = shape.stateNames
        let nS = stateNames.count, n = agents.count, alpha = shape.concentration
        let space = JointActionSpace(sizes: agents.map(\.actionCount))
        let nA = space.count

        var transitions = [Double]()
        transitions.reserveCapacity(nS * nA * nS)
        for _ in 0..<nS {
            let row = rng.dirichlet(dimension: nS, concentration: alpha)
            for _ in 0..<nA { transitions += row }
        }
        let potential = (0..<(nS * nA)).map { _ in rng.uniform() }
        // u_i(s, a_{-i}) is drawn on the others' joint space and read through a_{-i}.
        let rewards: [[Double]] = (0..<n).map { i in
            let others = space.restricted(to: (0..<n).filter { $0 != i })
            let dummy = (0..<(nS * others.count)).map { _ in scale * rng.uniform() }
            var r = potential
            for s in 0..<nS {
                for a in 0..<nA {
                    var rest = space.actions(of: a)
                    rest.remove(at: i)
                    r[s * nA + a] += dummy[s * others.count + others.index(of: rest)]
                }
            }
            return r
        }
        let initial = rng.dirichlet(dimension: nS)
        return try Game(name: "random-potential", stateNames: stateNames, agents: agents, gamma: shape.gamma,
                        initial: initial, transitions: transitions, rewards: .perAgent(rewards),
                        source: p.provenance)
    }
}
