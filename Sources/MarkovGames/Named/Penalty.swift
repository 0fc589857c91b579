extension NamedGames {
    /// The penalty game of Claus & Boutilier (AAAI 1998) and Kapetanakis & Kudenko (AAAI 2002):
    /// two agents with actions a, b, c and the shared payoff (rows agent 1, columns agent 2)
    ///
    ///          a    b    c
    ///     a   10    0    k
    ///     b    0    2    0
    ///     c    k    0   10
    ///
    /// with penalty k ≤ 0: two optimal equilibria (a, a) and (c, c), miscoordination between them
    /// costs k, and (b, b) is the safe choice. Built as a one-state repeated game.
    static let penalty = GameBuilder(
        name: "penalty",
        summary: "penalty game (3×3 cooperative stage game, two optima, miscoordination costs k ≤ 0)",
        citation: "Claus & Boutilier (AAAI 1998); Kapetanakis & Kudenko (AAAI 2002)",
        parameters: [
            .init("k", default: "-10", "the miscoordination penalty k ≤ 0"),
            stageDiscount,
        ],
        isRandom: false
    ) { p, _ throws(ModelError) in
        let k = try p.real("k")
        guard k <= 0 else { throw ModelError(path: "--param k", "k = \(k) must be ≤ 0 (the penalty game's penalty)") }
        let payoff: [Double] = [
            10, 0, k,
            0, 2, 0,
            k, 0, 10,
        ]
        return try repeatedStageGame(name: "penalty", actionNames: [["a", "b", "c"], ["a", "b", "c"]],
                                     payoff: payoff, gamma: try p.discount(), source: p.provenance)
    }
}
