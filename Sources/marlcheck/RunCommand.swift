import ArgumentParser
import Foundation
import Learners
import MarkovGames

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a learner on a game and write its trace (JSON Lines, docs/trace-format.md).",
        discussion: """
        Learners:
        \(LearnerCatalog.learners.map { "  \($0.name.padding(toLength: LearnerCatalog.learners.map(\.name.count).max()! + 2, withPad: " ", startingAt: 0))\($0.summary)" }.joined(separator: "\n"))

        `marlcheck run LEARNER --parameters` lists a learner's parameters, their defaults and choices. Bad parameters, or a game outside the learner's class, are refused with exit code 2 before anything is written. Each iterate is written as soon as it exists, so an interrupted run leaves a valid trace of the iterates done. The same game, parameters and seed give the same bytes (unless --timing).

        Examples:
          marlcheck games export random-identical-interest --seed 3 -o game.json
          marlcheck run decspg --game game.json --iterations 200 -o decspg.jsonl
          marlcheck run decspg --game game.json --iterations 50 --param q=sampled --param batch=256 -o sampled.jsonl
          marlcheck validate decspg.jsonl --game game.json
        """
    )

    @Argument(help: "The learner (see the list above).")
    var learner: String

    @Option(help: "The game file (marlcheck.game/1).")
    var game: String?

    @Option(help: "Number of updates K (the trace holds iterations 0…K).")
    var iterations: Int?

    @Option(help: "Seed of every random draw of the learner.")
    var seed: UInt64 = 0

    @Option(name: .customLong("param"), help: ArgumentHelp("A learner parameter, as name=value (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: "Start from this policy file (marlcheck.policy/1) instead of the learner's π⁰ (tabular learners).")
    var initial: String?

    @Option(name: .shortAndLong, help: "The trace file to write.")
    var output: String?

    @Flag(help: "Record the wall-clock seconds of every step in the trace (the bytes then differ between runs).")
    var timing = false

    @Flag(name: .customLong("parameters"), help: "List the learner's parameters and exit.")
    var listParameters = false

    func run() throws {
        let spec = try reportingInputErrors { try LearnerCatalog.learner(named: learner) }
        if listParameters {
            print("\(spec.name): \(spec.summary)\n\(spec.citation)\n")
            print(formatTable(spec.parameters.map { p in
                ["  \(p.name)", "default \(p.defaultValue)", p.summary + (p.choices.map { " (one of \($0.joined(separator: ", ")))" } ?? "")]
            }))
            return
        }
        let (loaded, prepared, params, path) = try reportingInputErrors { () throws -> (Game, any IterativeLearner, LearnerParameters, String) in
            guard let game else { throw ModelError(path: "--game", "is required") }
            guard let iterations else { throw ModelError(path: "--iterations", "is required") }
            guard let output else { throw ModelError(path: "--output", "is required (-o TRACE)") }
            let g = try GameFile.load(game)
            let start = try initial.map { path throws(ModelError) in try PolicyFile.load(path, game: g) }
            let (learner, p) = try spec.prepare(game: g, iterations: iterations, seed: seed, overrides: parseParameters(parameters), initial: start)
            return (g, learner, p, output)
        }
        let header = TraceHeader(learner: spec.name, gameName: loaded.name, gameHash: GameHash.of(loaded), parameters: params.ordered,
                                 seed: seed, iterations: iterations, target: prepared.targetRule)
        let writer = try reportingInputErrors { try TraceWriter(path: path, header: header, game: loaded) }
        let total = iterations ?? 0
        var progress = Progress(total: total, label: "\(spec.name)")
        let clock = ContinuousClock()
        do {
            var started = clock.now
            var iterate = try prepared.start()
            try writer.append(TraceIterate(iteration: 0, iterate: iterate, seconds: timing ? seconds(started.duration(to: clock.now)) : nil))
            for k in 1...max(total, 1) {
                started = clock.now
                iterate = try prepared.step()
                try writer.append(TraceIterate(iteration: k, iterate: iterate, seconds: timing ? seconds(started.duration(to: clock.now)) : nil))
                progress.update(k)
            }
        } catch {
            printError("marlcheck: error: \(error) (the trace \(path) holds the iterates done so far)")
            throw ExitCode(1)
        }
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
