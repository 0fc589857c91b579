import Claims
import Foundation
import MarkovGames
import Testing
@testable import Reports

/// Stops a run the way a kill does: after some claims are finished, before the next one is.
struct Interrupted: Error {}

@Suite struct ReportRunTests {
    static let settings = ReportSettings(seed: 5, instances: 3, search: false)

    /// Runs `claims` into `dir` and writes the folder (without plots, which resume does not
    /// affect); returns the ids that were computed rather than reused.
    @discardableResult
    static func report(_ claims: [Claim], into dir: String, resume: Bool, settings: ReportSettings = settings,
                       stopAfter finished: Int? = nil) throws -> [String] {
        let run = ReportRun(directory: dir, settings: settings, resume: resume)
        try run.prepare()
        var computed: [String] = []
        var done = 0
        let results = try run.results(for: claims) { event in
            switch event {
            case .claimStarted(_, _, let id):
                if let finished, done >= finished { throw Interrupted() }
                computed.append(id)
            case .claimFinished, .claimReused:
                done += 1
            case .rendering:
                if let finished, done >= finished { throw Interrupted() }
            case .started:
                break
            }
        }
        try ReportWriter(directory: dir, gnuplot: nil).write(results, settings: settings, command: "test")
        return computed
    }

    static func read(_ path: String) throws -> String { String(decoding: try FileIO.read(path), as: UTF8.self) }

    /// Interrupting after k finished claims, for every k, then resuming: the same results.json as
    /// a run that was never interrupted, and only the unfinished claims are computed again.
    @Test(arguments: 0...SampleClaims.all.count)
    func interruptedThenResumedGivesTheSameResults(finished k: Int) throws {
        let whole = scratchFolder("whole"), broken = scratchFolder("broken")
        defer { for d in [whole, broken] { try? FileManager.default.removeItem(atPath: d) } }
        try Self.report(SampleClaims.all, into: whole, resume: false)

        #expect(throws: Interrupted.self) { try Self.report(SampleClaims.all, into: broken, resume: false, stopAfter: k) }
        #expect(!FileManager.default.fileExists(atPath: broken + "/results.json"))
        let saved = ((try? FileManager.default.contentsOfDirectory(atPath: broken + "/.partial")) ?? []).filter { $0.hasSuffix(".json") }
        #expect(saved.count == k)

        let computed = try Self.report(SampleClaims.all, into: broken, resume: true)
        #expect(computed == SampleClaims.all.dropFirst(k).map(\.id))
        #expect(try Self.read(broken + "/results.json") == Self.read(whole + "/results.json"))
        #expect(!FileManager.default.fileExists(atPath: broken + "/.partial"))
    }

    /// Two claims at a time give the same results.json as one at a time.
    @Test func computingClaimsTwoAtATimeGivesTheSameResults() throws {
        let one = scratchFolder("one"), two = scratchFolder("two")
        defer { for d in [one, two] { try? FileManager.default.removeItem(atPath: d) } }
        try Self.report(SampleClaims.all, into: one, resume: false)
        let run = ReportRun(directory: two, settings: Self.settings, resume: false)
        try run.prepare()
        var finished: [String] = []
        let results = try run.results(for: SampleClaims.all, jobs: 2) { event in
            if case .claimFinished(_, _, let r, _) = event { finished.append(r.id) }
        }
        try ReportWriter(directory: two, gnuplot: nil).write(results, settings: Self.settings, command: "test")
        #expect(Set(finished) == Set(SampleClaims.all.map(\.id)))
        #expect(finished.count == SampleClaims.all.count)
        #expect(try Self.read(two + "/results.json") == Self.read(one + "/results.json"))
    }

    /// A partial file cut short (as a non-atomic write killed midway would leave it) and a stray
    /// temporary file are not trusted: that claim is computed again.
    @Test func damagedPartialResultIsRecomputed() throws {
        let dir = scratchFolder("damaged"), whole = scratchFolder("whole")
        defer { for d in [dir, whole] { try? FileManager.default.removeItem(atPath: d) } }
        try Self.report(SampleClaims.all, into: whole, resume: false)
        #expect(throws: Interrupted.self) { try Self.report(SampleClaims.all, into: dir, resume: false, stopAfter: 3) }
        let victim = PartialResults(reportDirectory: dir).path(for: SampleClaims.falseBound.id)
        let text = try Self.read(victim)
        try FileIO.write(String(text.prefix(text.count / 2)), to: victim)
        try FileIO.write("{", to: dir + "/.partial/.sample.rate.json.tmp")
        let computed = try Self.report(SampleClaims.all, into: dir, resume: true)
        #expect(computed == [SampleClaims.falseBound.id] + SampleClaims.all.dropFirst(3).map(\.id))
        #expect(try Self.read(dir + "/results.json") == Self.read(whole + "/results.json"))
    }

    @Test func resumeUnderOtherSettingsRecomputesEverything() throws {
        let dir = scratchFolder("settings")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.report(SampleClaims.all, into: dir, resume: false)
        let other = ReportSettings(seed: 6, instances: 3, search: false)
        let computed = try Self.report(SampleClaims.all, into: dir, resume: true, settings: other)
        #expect(computed == SampleClaims.all.map(\.id))
        #expect(try ResultsFile.load(dir + "/results.json").settings == other)
    }

    /// --resume on a finished report reads results.json back and computes nothing.
    @Test func resumeOnAFinishedReportComputesNothing() throws {
        let dir = scratchFolder("finished")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.report(SampleClaims.all, into: dir, resume: false)
        let before = try Self.read(dir + "/results.json")
        #expect(try Self.report(SampleClaims.all, into: dir, resume: true).isEmpty)
        #expect(try Self.read(dir + "/results.json") == before)
    }

    @Test func freshRunRefusesAFolderThatHoldsNoReport() throws {
        let dir = scratchFolder("foreign")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileIO.write("mine", to: dir + "/notes.txt")
        #expect(throws: ModelError.self) { try ReportRun(directory: dir, settings: Self.settings, resume: false).prepare() }
        #expect(try Self.read(dir + "/notes.txt") == "mine")
    }

    /// A fresh run into an earlier report's folder removes that report's files (a counterexample
    /// of a claim no longer selected would otherwise linger).
    @Test func freshRunClearsAnEarlierReport() throws {
        let dir = scratchFolder("again")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.report([SampleClaims.falseBound], into: dir, resume: false)
        let counterexample = dir + "/counterexamples/" + CounterexampleFile.fileName(for: SampleClaims.falseBound.id)
        #expect(FileManager.default.fileExists(atPath: counterexample))
        try Self.report([SampleClaims.geometricSum], into: dir, resume: false)
        #expect(!FileManager.default.fileExists(atPath: counterexample))
        #expect(try ResultsFile.load(dir + "/results.json").results.map(\.id) == [SampleClaims.geometricSum.id])
    }

    /// Counterexample paths in results.json are relative to the report folder, and the file is there.
    @Test func counterexamplePathIsRelativeToTheReport() throws {
        let dir = scratchFolder("relative")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.report([SampleClaims.falseBound], into: dir + "/", resume: false)
        let r = try #require(try ResultsFile.load(dir + "/results.json").results.first)
        let path = try #require(r.counterexample)
        #expect(path == "counterexamples/sample.false__step1.json")
        #expect(try CounterexampleFile.load(dir + "/" + path).claim == SampleClaims.falseBound.id)
    }
}
