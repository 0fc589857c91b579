import ArgumentParser
import Foundation
import Learners
import MarkovGames

struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run learners over a grid of parameters and seeds on a game, each run evaluated exactly (J, J*−J, NE-gap).",
        discussion: """
        The runs are the product LEARNER × grid point × seed, in this order: learners as named, grid points with the first --grid varying slowest, seeds S, S+1, … (--seed S, --seeds N; a row's seed reruns it with `marlcheck run … --seed`). `--grid name=v1,v2` sweeps a parameter of every named learner, `--grid LEARNER:name=v1,v2` one learner's only; `--param` fixes a value the same way. A learner without the parameter, a bad value, or a game outside a learner's class is refused with exit code 2 before anything runs or is written; `marlcheck run LEARNER --parameters` lists a learner's parameters.

        Iterations 0, M, 2M, … and the last one are evaluated exactly, as `marlcheck validate` evaluates a trace: J(π^k), J* − J(π^k) (shared rewards) and NE-gap(π^k) (product policies). M is --every; by default M = 1 up to K = 2000 and ⌈K/2000⌉ above, so a run costs at most about 2000 evaluations. --until stops a run at the first evaluated iteration meeting it (J>=x, gap<=x or neGap<=x) and reports that iteration, or "not reached" with the best value and where; with M > 1 the iteration is the first multiple of M (or K) meeting it, so give --every 1 for the exact first iteration.

        Output: one row per run (the last evaluated iteration k, J, J*−J, NE-gap, the --until iteration), then, with several seeds, the median and range over the seeds of each learner and grid point (a run that did not reach counts as later than every run that did). --json prints the document marlcheck.sweep/1, -o writes the rows as CSV (docs/formats.md). --traces DIR writes every run's trace (marlcheck.trace/1, as `marlcheck run`) iterate by iterate, so an interrupted sweep keeps the runs it did; a run stopped by --until holds iterations 0…k. The same arguments and seed give the same bytes.

        Example: the step sizes of mappo App. E on von Neumann's ratio game (J = V; V* = 1), MA-PPO with exact Q (Alg. 1, and the authors' App. E update) against independent policy gradient, iterations to reach V ≥ 0.99:
          marlcheck games export ratio-game -o ratio.json
          marlcheck sweep mappo ipg --game ratio.json --iterations 20000 \\
            --every 1 --until "J>=0.99" --grid mappo:update=algorithm1,appendix-e \\
            --grid mappo:step=0.001,0.01,0.05 --grid ipg:eta=0.001,0.01,0.05

        More:
          marlcheck sweep decspg ipg --game game.json --iterations 500 \\
            --grid eta=0.05,0.1,0.2 --until "neGap<=1e-3"
          marlcheck sweep decspg --game game.json --iterations 200 --seeds 5 \\
            --param q=sampled --grid batch=8,64 --json -o batch.csv
        """
    )

    @Argument(help: "The learners (see `marlcheck run --help`).")
    var learners: [String] = []

    @Option(help: "The game file (marlcheck.game/1).")
    var game: String?

    @Option(help: "Number of updates K of every run.")
    var iterations: Int?

    @Option(name: .customLong("grid"), help: ArgumentHelp("Values of a learner parameter to sweep, [LEARNER:]name=v1,v2,… (repeatable).", valueName: "name=values"))
    var grids: [String] = []

    @Option(name: .customLong("param"), help: ArgumentHelp("A fixed learner parameter, [LEARNER:]name=value (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: "Number of seeds per learner and grid point.")
    var seeds = 1

    @Option(help: "The first seed S (the runs use S, S+1, …).")
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp("Stop a run at the first evaluated iteration meeting this: J>=x, gap<=x or neGap<=x.", valueName: "condition"))
    var until: String?

    @Option(help: ArgumentHelp("Evaluate every M-th iteration and the last (default: 1 up to K = 2000, else ⌈K/2000⌉).", valueName: "M"))
    var every: Int?

    @Option(help: ArgumentHelp("Write each run's trace into this folder.", valueName: "DIR"))
    var traces: String?

    @Flag(help: "Print JSON (marlcheck.sweep/1).")
    var json = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the rows as CSV to this file.", valueName: "FILE.csv"))
    var output: String?

    func run() throws {
        let settings = try reportingInputErrors { () throws -> SweepSettings in
            guard let game else { throw ModelError(path: "--game", "is required") }
            guard let iterations else { throw ModelError(path: "--iterations", "is required") }
            guard iterations >= 1 else { throw ModelError(path: "--iterations", "must be at least 1, found \(iterations)") }
            if let every, every < 1 { throw ModelError(path: "--every", "must be at least 1, found \(every)") }
            let g = try GameFile.load(game)
            let plan = try SweepPlan(learners: learners, grids: grids, parameters: parameters, seedCount: seeds, firstSeed: seed)
            let condition = try until.map { text throws(ModelError) in try StoppingCondition(parsing: text) }
            try condition?.check(game: g)
            try plan.validate(game: g, iterations: iterations, needsProduct: condition?.quantity == .nashGap ? "--until" : nil)
            if let traces {
                do {
                    try FileManager.default.createDirectory(atPath: traces, withIntermediateDirectories: true)
                } catch {
                    throw ModelError(file: traces, path: "", "the traces folder cannot be created: \(error.localizedDescription)")
                }
            }
            return SweepSettings(game: g, gameHash: GameHash.of(g), plan: plan, iterations: iterations,
                                 every: every ?? SweepRunner.defaultEvery(iterations: iterations), until: condition,
                                 optimum: try TraceEvaluation.optimalObjective(of: g))
        }
        let runner = SweepRunner(settings: settings, traceFolder: traces)
        let results = settings.plan.runs.map(runner.run)
        if let output {
            try reportingInputErrors { try FileIO.write(SweepReport.csv(settings, results: results), to: output) }
        }
        if json {
            print(JSONWriter.pretty(SweepReport.json(settings, results: results)), terminator: "")
        } else {
            print(SweepReport.text(settings, results: results))
        }
        let failed = results.filter { $0.failure != nil }
        if !failed.isEmpty {
            printError("marlcheck: error: \(failed.count) of \(results.count) runs failed (their rows say where and why)")
            throw ExitCode(1)
        }
    }
}
