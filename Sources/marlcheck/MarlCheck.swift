import ArgumentParser

@main
struct MarlCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marlcheck",
        abstract: "Check the theorems of multi-agent RL papers against exact computation.",
        discussion: """
        Small Markov games are solved exactly (V, Q, occupancy, best responses, NE-gaps, optimal
        values), divergences are computed exactly, the papers' algorithms are run, and every printed
        claim is held against those numbers.

        Start with `marlcheck games list`, then `marlcheck games show NAME`, then `marlcheck solve FILE`.
        Exit codes: 0 success, 1 a check or verification failed, 2 bad input (the message names the
        file, the field and the rule).
        """,
        subcommands: [GamesCommand.self, SolveCommand.self]
    )
}
