extension NamedGames {
    /// ddpl's single-agent MDP M_sa (Sec. 3.2.1), as printed: states {s0, s1, s2}, fixed start
    /// s0, one agent with A_1 = R, discount γ = 0.1, and
    ///
    ///     r(s, a) = 1(s = s0) r_start(a) + 1(s = s1) c_1 + 1(s = s2)·0,
    ///     P(s1 | s0, a) = p_start(a),  P(s2 | s0, a) = 1 − p_start(a),  P(s2 | s1, a) = P(s2 | s2, a) = 1
    ///
    /// (`DDPLExample` for r_start, p_start and the constants). `reward=blind` gives the blind
    /// reward of Theorem 3.1, r¬_sa(s, a) = 1(s = s0) r_start(a). The action set R is carried by a
    /// Gauss–Legendre rule on [lower, upper] (`ddplActionParameters`): the actions are the nodes and
    /// a density π becomes the table π_j ∝ w_j π(a_j) (`ActionQuadrature`).
    static let ddplSingleAgent = GameBuilder(
        name: "ddpl-sa",
        summary: "ddpl's single-agent MDP M_sa (goal reached with probability p_start(a) near a = −β)",
        citation: "ddpl Sec. 3.2.1, M_sa (Zhang, Balim & Li, arXiv:2605.07101)",
        parameters: ddplActionParameters,
        isRandom: false
    ) { p, _ throws(ModelError) in
        let rule = try ddplActionRule(p, maximumPoints: 1 << 20)
        let gamma = try p.discount()
        let blind = p.text("reward") == "blind"
        let nodes = rule.nodes, k = nodes.count
        // States 0 = s0, 1 = s1, 2 = s2; rows P(·|s, a) over (s0, s1, s2).
        var transitions: [Double] = []
        transitions.reserveCapacity(3 * k * 3)
        for a in nodes {
            let p1 = DDPLExample.pStart(a)
            transitions += [0, p1, 1 - p1]
        }
        for _ in 0..<(2 * k) { transitions += [0, 0, 1] }
        let start = nodes.map(DDPLExample.rStart)
        let goal = [Double](repeating: blind ? 0 : DDPLExample.c1, count: k)
        let rewards = start + goal + [Double](repeating: 0, count: k)
        return try Game(name: blind ? "ddpl-sa-blind" : "ddpl-sa", stateNames: ["s0", "s1", "s2"],
                        agents: [Agent(name: "agent1", rule: rule)], gamma: gamma, initial: [1, 0, 0],
                        transitions: transitions, rewards: .shared(rewards), source: p.provenance)
    }
}
