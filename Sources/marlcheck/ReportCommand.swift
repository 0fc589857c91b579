import ArgumentParser
import Claims
import Dispatch
import Foundation
import MarkovGames
import Reports

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a bound-versus-empirical report: index.html, report.md, results.json, CSV and SVG plots.",
        discussion: """
        CLAIMS are claim ids, proof-step prefixes (ddpl.thmC.2/), papers (ddpl) or all (the default). Every claim is checked as `marlcheck check` does and the folder given by -o receives:
          index.html        one self-contained page (no network): a summary per paper, then per claim the statement as printed, the verdict, the worst margin and tolerance, the instances, counterexamples and the command that re-checks them, and the plots
          report.md         the same in Markdown
          results.json      every result (format marlcheck.results/1, docs/formats.md)
          csv/, plots/      one CSV per plotted series; the plots as SVG (drawn by gnuplot)
          counterexamples/  one file per violated claim

        Each result is saved the moment its claim finishes. An interrupted run (Ctrl-C, a lost session) continues with --resume, recomputing only the claims not finished; the same seed gives the same results.json either way. --resume on a finished report redraws the pages without recomputing.

        Examples:
          marlcheck report all -o report
          marlcheck report ddpl mappo -o report --instances 4 --seed 7
          marlcheck report all -o report --resume
        """
    )

    @Argument(help: "Claim ids, proof-step prefixes, papers, or all.")
    var claims: [String] = ["all"]

    @Option(name: .shortAndLong, help: "The report folder.")
    var output = "report"

    @Option(help: "Instances per claim (default: each claim's own).")
    var instances: Int?

    @Option(help: "Seed of the instance generator.")
    var seed: UInt64 = 1

    @Flag(help: "Search for counterexamples on every claim (slower).")
    var search = false

    @Flag(help: "Keep the results an earlier run saved in the folder under the same settings; compute only the rest.")
    var resume = false

    @Option(help: "Claims computed at a time (default: the number of processors). The results do not depend on it.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let instances, instances < 1 { throw ValidationError("--instances must be at least 1") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let selected = try reportingInputErrors { try claims.map { try ClaimCatalog.select($0) } }
        let ids = Set(selected.flatMap { $0.map(\.id) })
        let chosen = ClaimCatalog.all.filter { ids.contains($0.id) }
        let settings = ReportSettings(seed: seed, instances: instances, search: search)
        let run = ReportRun(directory: output, settings: settings, resume: resume)
        try reportingInputErrors { try run.prepare() }
        let interruption = Self.reportInterruption(resumeCommand: command + " --resume")
        defer { interruption.cancel() }
        let progress = ReportProgress(jobs: jobs)
        let results = try run.results(for: chosen, jobs: jobs, progress: progress.handle)
        let gnuplot = Gnuplot.locate()
        let notices = try reportingInputErrors {
            try ReportWriter(directory: output, gnuplot: gnuplot).write(results, settings: settings, command: command)
        }
        for notice in notices { printError("report: " + notice) }
        print("\(output)/index.html: " + ResultText.summary(results))
        if results.contains(where: { $0.verdict == .violated }) {
            print("counterexamples in \(output)/counterexamples/ (re-check each with the command shown on the page)")
        }
    }

    /// The command line that reproduces this report.
    private var command: String {
        "marlcheck report \(claims.joined(separator: " ")) -o \(output) \(ReportSettings(seed: seed, instances: instances, search: search).commandLineOptions)"
    }

    /// On Ctrl-C: say that finished claims are kept and how to continue, then exit (status 130).
    private static func reportInterruption(resumeCommand: String) -> DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            printError("\nreport: interrupted; every finished claim is saved. Continue with:\n  \(resumeCommand)")
            Foundation.exit(130)
        }
        source.resume()
        return source
    }
}
