import ArgumentParser

@main
struct MarlCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marlcheck",
        abstract: "Check the theorems of multi-agent RL papers against exact computation.",
        discussion: """
        Small Markov games are solved exactly (V, Q, occupancy, best responses, NE-gaps, optimal values), divergences are computed exactly, the papers' algorithms are run, and every printed claim is held against those numbers.

        Start with `marlcheck games list`, `marlcheck solve FILE` and `marlcheck claims list`, then `marlcheck check CLAIM`.

        Exit codes: 0 success; 1 a computation or verification failed (e.g. `check --fail-on-violation`); 2 bad input (the message names the file, the field and the rule).
        """,
        subcommands: [
            GamesCommand.self,
            SolveCommand.self,
            DivergenceCommand.self,
            ClaimsCommand.self,
            CheckCommand.self,
            RunCommand.self,
            ValidateCommand.self,
            SweepCommand.self,
            ReportCommand.self,
            NotebookCommand.self,
        ]
    )
}
