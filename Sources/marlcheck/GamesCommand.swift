import ArgumentParser
import MarkovGames

struct GamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "games",
        abstract: "List, inspect and export the built-in games.",
        discussion: """
        Every built-in game is a seeded, parameterised builder that cites where it comes from.
          marlcheck games list
          marlcheck games show random-identical-interest --param states=3
          marlcheck games export random-identical-interest --param agents=3 --seed 7 -o game.json
          marlcheck games show game.json --json
          marlcheck games validate game.json --policy policy.json
        """,
        subcommands: [List.self, Show.self, Export.self, Validate.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One builder per line: name, then what it builds.")
        func run() throws {
            print(formatTable(GameCatalog.builders.map { [$0.name, $0.summary] }))
        }
    }

    /// Options shared by `show` and `export` to choose a builder's parameters.
    struct BuilderOptions: ParsableArguments {
        @Option(name: .customLong("param"), help: ArgumentHelp("A builder parameter, as name=value (repeatable).", valueName: "name=value"))
        var parameters: [String] = []

        @Option(help: "Seed of a random builder; the same seed gives the same game.")
        var seed: UInt64 = 0

        func build(_ name: String) throws -> Game {
            try GameCatalog.builder(named: name).build(overrides: parseParameters(parameters), seed: seed)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Describe a built-in game (NAME) or a game file (FILE).",
            discussion: "With --json, print the game file exactly as `games export` writes it; with -o, write it to a file instead (atomically; nothing is written when the input is refused).")

        @Argument(help: "A builder name from `games list`, or the path of a game file.")
        var game: String

        @OptionGroup var builder: BuilderOptions

        @Flag(help: "Print the game as a marlcheck.game/1 JSON document.")
        var json = false

        @Option(name: .shortAndLong, help: "Write the game as a marlcheck.game/1 file here instead of printing it.")
        var output: String?

        func run() throws {
            try reportingInputErrors {
                let isBuilder = GameCatalog.builders.contains { $0.name == game }
                let g = isBuilder ? try builder.build(game) : try GameFile.load(game)
                if let output {
                    try GameFile.save(g, to: output)
                } else if json {
                    print(JSONWriter.pretty(GameFile.encode(g)), terminator: "")
                } else {
                    print(describe(g, builder: isBuilder ? try GameCatalog.builder(named: game) : nil))
                }
            }
        }

        private func describe(_ g: Game, builder: GameBuilder?) -> String {
            var rows: [[String]] = [
                ["name", g.name],
                ["states", "\(g.stateCount)"],
                ["agents", g.agents.map { "\($0.name) (\($0.actionCount) actions)" }.joined(separator: ", ")],
                ["joint actions", "\(g.jointActionCount)"],
                ["gamma", "\(g.gamma)"],
                ["rewards", g.rewards.isShared ? "shared r(s,a)" : "per agent r_i(s,a)"],
                ["reward range", "[\(g.rewards.range.min), \(g.rewards.range.max)]"],
            ]
            for a in g.agents { if let r = a.actionRule {
                rows.append(["action rule", "\(a.name): \(r.pointCount)-point Gauss–Legendre on [\(r.lowerBound), \(r.upperBound)] (exact to degree \(r.exactDegree))"])
            } }
            if let graph = g.graph { rows.append(["graph", "\(graph.nodeCount) nodes, \(graph.edges.count) edges"]) }
            if let p = g.population { rows.append(["population", "\(g.agentCount) agents over \(p.localStates.count) local states"]) }
            if let s = g.source { rows.append(["source", s]) }
            var text = formatTable(rows)
            if let builder {
                text += "\n\nparameters of \(builder.name) (--param name=value):\n"
                text += formatTable(builder.parameters.map { p in
                    ["  \(p.name)", "default \(p.defaultValue)", p.summary + (p.choices.map { " (one of \($0.joined(separator: ", ")))" } ?? "")]
                })
            }
            return text
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a built-in game to a marlcheck.game/1 file.")

        @Argument(help: "A builder name from `games list`.")
        var name: String

        @OptionGroup var builder: BuilderOptions

        @Option(name: .shortAndLong, help: "The file to write (written atomically).")
        var output: String

        func run() throws {
            try reportingInputErrors {
                let g = try builder.build(name)
                try GameFile.save(g, to: output)
            }
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a game file, and a policy file against it.",
            discussion: "Exit code 0 when every file is valid; 2 with the file, the JSON path and the rule otherwise.")

        @Argument(help: "The path of a marlcheck.game/1 file.")
        var game: String

        @Option(help: "The path of a marlcheck.policy/1 file for the game.")
        var policy: String?

        func run() throws {
            try reportingInputErrors {
                let g = try GameFile.load(game)
                let p = try policy.map { path throws(ModelError) in try PolicyFile.load(path, game: g) }
                print("\(game): valid game '\(g.name)' (\(g.stateCount) states, \(g.agentCount) agents, \(g.jointActionCount) joint actions)")
                if let policy, let p { print("\(policy): valid \(p.kind) policy for '\(g.name)'") }
            }
        }
    }
}
