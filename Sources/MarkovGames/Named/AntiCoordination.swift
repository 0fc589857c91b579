extension NamedGames {
    /// The cooperative anti-coordination game of Kuba et al. ("Trust region policy optimisation
    /// in multi-agent reinforcement learning", ICLR 2022, Proposition 1): an even number n of
    /// agents with actions {0, 1}, one state, and the shared reward
    ///
    ///     r(0^{n/2}, 1^{n/2}) = r(1^{n/2}, 0^{n/2}) = 1,   r(a) = 0 otherwise,
    ///
    /// (first half of the agents all 0 and second half all 1, or the reverse). For n = 2 it is the
    /// 2×2 game with payoff 1 when the two agents choose differently. A policy shared by all agents
    /// cannot reach the optimum, which is what the game was built to show. One-state repeated game.
    static let antiCoordination = GameBuilder(
        name: "anti-coordination",
        summary: "anti-coordination stage game: reward 1 when the two halves of the agents choose differently",
        citation: "Kuba et al. (ICLR 2022), Proposition 1",
        parameters: [
            .init("agents", default: "2", "number of agents n (even)"),
            stageDiscount,
        ],
        isRandom: false
    ) { p, _ throws(ModelError) in
        let n = try p.integer("agents", in: 2...20)
        guard n % 2 == 0 else { throw ModelError(path: "--param agents", "n = \(n) must be even") }
        let space = JointActionSpace(sizes: [Int](repeating: 2, count: n))
        let half = n / 2
        let lowHigh = [Int](repeating: 0, count: half) + [Int](repeating: 1, count: half)
        let highLow = [Int](repeating: 1, count: half) + [Int](repeating: 0, count: half)
        var payoff = [Double](repeating: 0, count: space.count)
        payoff[space.index(of: lowHigh)] = 1
        payoff[space.index(of: highLow)] = 1
        return try repeatedStageGame(name: "anti-coordination", actionNames: [[String]](repeating: ["0", "1"], count: n),
                                     payoff: payoff, gamma: try p.discount(), source: p.provenance)
    }
}
