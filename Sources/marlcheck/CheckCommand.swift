import ArgumentParser
import Claims
import MarkovGames

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check claims against exact computation and print a verdict for each.",
        discussion: """
        CLAIM is a claim id (ddpl.thmC.1), a proof step (ddpl.thmC.2/step3), a paper (ddpl), every step of a proof (ddpl.thmC.2/), or all.

        Verdicts: holds, violated (a counterexample file is saved and the command that re-checks it printed), vacuous (the bound is no better than the trivial one on every instance), rate-consistent / rate-inconsistent (fitted exponent and 95% interval against the claimed one), not-checkable (with the reason). The same seed gives the same bytes.

        With --json, one claim prints one result object; several print {"format": "marlcheck.results/1", "seed", "search", "results": [...]} (docs/formats.md, docs/schemas/results.schema.json).

        Examples:
          marlcheck check ddpl.thmC.1
          marlcheck check mappo --instances 20 --seed 7 --search
          marlcheck check ddpl.thmC.2/step3 --instance FILE
        """
    )

    @Argument(help: "A claim id, a proof-step prefix, a paper, or all.")
    var claim: String

    @Option(help: "Instances per claim (default: each claim's own).")
    var instances: Int?

    @Option(help: "Seed of the instance generator.")
    var seed: UInt64 = 1

    @Flag(help: "Search for a counterexample: more random instances, then Nelder–Mead on the margin.")
    var search = false

    @Option(help: "Re-check one saved instance or counterexample file instead of random instances.")
    var instance: String?

    @Option(help: "Folder for counterexample files.")
    var counterexamples = "counterexamples"

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Exit with status 1 when a claim is violated or rate-inconsistent.")
    var failOnViolation = false

    func validate() throws {
        if let instances, instances < 1 { throw ValidationError("--instances must be at least 1") }
    }

    func run() throws {
        let claims = try reportingInputErrors { try ClaimCatalog.select(claim) }
        let loaded = try reportingInputErrors { try instance.map { try CounterexampleFile.load($0) } }
        if loaded != nil, claims.count != 1 {
            try reportingInputErrors { throw ModelError(path: "--instance", "re-checking a file needs one claim id, \(claim) names \(claims.count)") }
        }
        let runner = ClaimRunner(instances: instances, seed: seed, search: search, counterexampleDirectory: counterexamples)
        var results: [ClaimResult] = []
        let single = claims.count == 1 && claims[0].id == claim
        for c in claims {
            let result = if let loaded, let file = instance { runner.recheck(c, instance: loaded.instance, file: file) } else { runner.run(c) }
            results.append(result)
            if !json {
                print(single ? ResultText.detail(result) : ResultText.line(result))
            }
        }
        if json {
            if single {
                print(JSONWriter.pretty(results[0].json), terminator: "")
            } else {
                print(JSONWriter.pretty(.object([
                    ("format", .string("marlcheck.results/1")), ("seed", .string(String(seed))),
                    ("search", .bool(search)), ("results", .array(results.map(\.json))),
                ])), terminator: "")
            }
        } else if !single {
            print("\n" + ResultText.summary(results))
        }
        if failOnViolation && results.contains(where: { $0.verdict == .violated || $0.verdict == .rateInconsistent }) {
            throw ExitCode(1)
        }
    }
}
