extension NamedGames {
    /// The congestion ("distancing") game of Leonardos, Overman, Panageas & Piliouras ("Global
    /// convergence of multi-agent policy gradient in Markov potential games", ICLR 2022, Sec. 5),
    /// as described there and as the authors' experiment code sets it up:
    ///
    /// - N agents (default 8) each choose one of m facilities (default 4, named A, B, C, …);
    ///   n_k(a) is the number of agents at facility k.
    /// - Two states, "safe" and "distancing". The reward of agent i at facility k = a_i is
    ///   r_i(s, a) = w_k · n_k(a) in the safe state and w_k · n_k(a) − c in the distancing state
    ///   (default weights w = (1, 2, 4, 6), c = 100): agents want to crowd at the best facility.
    /// - Deterministic transitions: from "safe" the game moves to "distancing" when
    ///   max_k n_k(a) > N/2, otherwise stays; from "distancing" it stays when max_k n_k(a) > N/4
    ///   and returns to "safe" otherwise (agents must spread out to return).
    /// - ρ₀ = (½, ½) and γ = 0.99 (the experiment code's values).
    ///
    /// Each state game is a congestion game, with Rosenthal potential
    /// Φ_s(a) = Σ_k w_k n_k(n_k + 1)/2 − c·N·1(s = distancing).
    static let distancing = GameBuilder(
        name: "distancing",
        summary: "congestion game with safe/distancing states: crowding a facility past N/2 triggers a penalty",
        citation: "Leonardos et al. (ICLR 2022), Sec. 5, distancing game",
        parameters: [
            .init("agents", default: "8", "number of agents N"),
            .init("facilities", default: "4", "number of facilities m (each agent's actions)"),
            .init("weights", default: "1,2,4,6", "facility weights w_1,…,w_m (one per facility)"),
            .init("penalty", default: "100", "reward reduction c in the distancing state"),
            .init("gamma", default: "0.99", "discount γ in [0, 1)"),
        ],
        isRandom: false
    ) { p, _ throws(ModelError) in
        let n = try p.integer("agents", in: 1...16)
        let m = try p.integer("facilities", in: 1...26)
        let weights = try p.reals("weights")
        guard weights.count == m else {
            throw ModelError(path: "--param weights", "\(weights.count) weights for \(m) facilities (give one weight per facility)")
        }
        let c = try p.real("penalty")
        let gamma = try p.discount()
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let facilityNames = (0..<m).map { String(letters[$0]) }
        let agents = (0..<n).map { Agent(name: "agent\($0 + 1)", actions: facilityNames) }
        let stateNames = ["safe", "distancing"]
        try Game.validateShape(stateNames: stateNames, agents: agents, gamma: gamma)
        let space = JointActionSpace(sizes: agents.map(\.actionCount))
        let nA = space.count

        var transitions = [Double](repeating: 0, count: 2 * nA * 2)
        var rewards = [[Double]](repeating: [Double](repeating: 0, count: 2 * nA), count: n)
        for a in 0..<nA {
            let choice = space.actions(of: a)
            var load = [Int](repeating: 0, count: m)
            for k in choice { load[k] += 1 }
            let crowd = Double(load.max()!)
            let fromSafe = crowd > Double(n) / 2 ? 1 : 0
            let fromDistancing = crowd > Double(n) / 4 ? 1 : 0
            transitions[a * 2 + fromSafe] = 1
            transitions[(nA + a) * 2 + fromDistancing] = 1
            for i in 0..<n {
                let k = choice[i]
                let base = weights[k] * Double(load[k])
                rewards[i][a] = base
                rewards[i][nA + a] = base - c
            }
        }
        return try Game(name: "distancing", stateNames: stateNames, agents: agents, gamma: gamma,
                        initial: [0.5, 0.5], transitions: transitions, rewards: .perAgent(rewards),
                        source: p.provenance)
    }
}
