extension NamedGames {
    /// The climbing game of Claus & Boutilier ("The dynamics of reinforcement learning in
    /// cooperative multiagent systems", AAAI 1998), also studied by Kapetanakis & Kudenko
    /// ("Reinforcement learning of coordination in cooperative multi-agent systems", AAAI 2002):
    /// two agents with actions a, b, c and the shared payoff (rows agent 1, columns agent 2)
    ///
    ///          a    b    c
    ///     a   11  −30    0
    ///     b  −30    7    6
    ///     c    0    0    5
    ///
    /// The optimum (a, a) = 11 is guarded by −30 penalties, so independent learners tend to climb
    /// to (b, b) or (c, c). Built as a one-state repeated game (`repeatedStageGame`).
    static let climbing = GameBuilder(
        name: "climbing",
        summary: "climbing game (3×3 cooperative stage game, optimum guarded by −30 penalties)",
        citation: "Claus & Boutilier (AAAI 1998); Kapetanakis & Kudenko (AAAI 2002)",
        parameters: [stageDiscount],
        isRandom: false
    ) { p, _ throws(ModelError) in
        let payoff: [Double] = [
            11, -30, 0,
            -30, 7, 6,
            0, 0, 5,
        ]
        return try repeatedStageGame(name: "climbing", actionNames: [["a", "b", "c"], ["a", "b", "c"]],
                                     payoff: payoff, gamma: try p.discount(), source: p.provenance)
    }
}
