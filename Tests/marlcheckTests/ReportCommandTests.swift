import Claims
import Foundation
import Testing

/// `marlcheck report` as a process: killed midway and resumed, it must give the same
/// results.json as a run that was never interrupted.
@Suite(.serialized) struct ReportCommandTests {
    /// A few claims of the catalog that have a check (the first of each paper, then the next
    /// ones), so the run lasts long enough to be killed between two claims.
    static let claims: [String] = {
        let checkable = ClaimCatalog.all.filter { $0.check != nil }
        let firsts = Paper.allCases.compactMap { p in checkable.first { $0.paper == p } }
        let rest = checkable.filter { c in !firsts.contains { $0.id == c.id } }
        return Array((firsts + rest).prefix(5).map(\.id))
    }()

    @Test func unknownClaimIsAnInputErrorAndWritesNothing() throws {
        let dir = try CLI.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["report", "no.such.claim", "-o", "out"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("no claim 'no.such.claim'"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    @Test(.enabled(if: claims.count >= 3, "needs at least three checkable claims in the catalog"))
    func killedMidwayThenResumedGivesTheSameResults() throws {
        let dir = try CLI.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let options = ["--instances", "2", "--seed", "3"]
        let whole = try CLI.run(["report"] + Self.claims + ["-o", "whole"] + options, in: dir)
        #expect(whole.status == 0, "\(whole.stderr)")

        // Start the same report, and kill it (SIGKILL: no chance to tidy up) as soon as the first
        // claim's result is saved.
        let executable = try #require(CLI.executable)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["report"] + Self.claims + ["-o", "broken"] + options
        process.currentDirectoryURL = dir
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let partial = dir.appendingPathComponent("broken/.partial").path
        let deadline = Date().addingTimeInterval(600)
        while process.isRunning && Date() < deadline {
            let saved = (try? FileManager.default.contentsOfDirectory(atPath: partial))?.filter { $0.hasSuffix(".json") } ?? []
            if !saved.isEmpty { break }
            usleep(2_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the run ended before it could be killed")
        let results = dir.appendingPathComponent("broken/results.json").path
        #expect(!FileManager.default.fileExists(atPath: results))

        let resumed = try CLI.run(["report"] + Self.claims + ["-o", "broken", "--resume"] + options, in: dir)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("already done in an earlier run"))
        let expected = try Data(contentsOf: dir.appendingPathComponent("whole/results.json"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: results)) == expected)
    }
}
