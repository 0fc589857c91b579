import Claims
import Foundation
import MarkovGames

/// What a report run is doing, for a progress display.
public enum ReportEvent: Sendable {
    /// `total` claims will be reported; `saved` of them have results from an earlier run.
    case started(total: Int, saved: Int)
    /// Claim `position` (1-based) starts computing.
    case claimStarted(position: Int, total: Int, id: String)
    /// Claim `position` finished after `seconds`; its result is saved.
    case claimFinished(position: Int, total: Int, result: ClaimResult, seconds: Double)
    /// Claim `position` was taken from an earlier run (`--resume`).
    case claimReused(position: Int, total: Int, result: ClaimResult)
    /// Every result is in; the files are being written.
    case rendering
}

/// Computes the results of a report: each claim run by `ClaimRunner` (counterexamples into
/// DIR/counterexamples), each result saved to DIR/.partial the moment it is known.
///
/// With `resume`, a claim whose result was saved by an earlier run under the same settings (in
/// DIR/.partial, or in DIR/results.json of a finished run) is not recomputed. Since every
/// claim's instances derive from the seed and the claim id alone, a resumed run gives the
/// same results as an uninterrupted one.
public struct ReportRun: Sendable {
    public let directory: String
    public let settings: ReportSettings
    public let resume: Bool

    /// `directory` is the report folder (a trailing `/` is dropped).
    public init(directory: String, settings: ReportSettings, resume: Bool) {
        self.directory = ReportFileNames.folder(directory)
        self.settings = settings
        self.resume = resume
    }

    private var partial: PartialResults { PartialResults(reportDirectory: directory) }

    /// Makes the report folder ready. A fresh run (no `resume`) removes what an earlier report
    /// wrote there, and refuses a non-empty folder that holds no report (so nothing of the
    /// reader's is ever deleted).
    public func prepare() throws(ModelError) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ModelError(file: directory, path: "", "is a file; -o needs a folder") }
            let contents = (try? fm.contentsOfDirectory(atPath: directory)) ?? []
            let isReport = contents.contains(ReportFileNames.results) || contents.contains(ReportFileNames.partial)
            if !contents.isEmpty && !isReport {
                throw ModelError(file: directory, path: "", "is not empty and holds no MARLCheck report; choose another -o folder")
            }
            if !resume { for name in ReportFileNames.owned { try ReportFileNames.remove(directory + "/" + name) } }
        }
        do { try fm.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw ModelError(file: directory, path: "", "cannot be created: \(error.localizedDescription)")
        }
    }

    /// The results of `claims` in order, computed by `jobs` claims at a time (each claim's
    /// instances depend on the seed and its id alone, so the results do not depend on `jobs`).
    /// `progress` hears every step, one event at a time; if it throws, no further claim starts,
    /// the claims already running finish and are saved, and the error is rethrown.
    public func results(for claims: [Claim], jobs: Int = 1, progress: (ReportEvent) throws -> Void) throws -> [ClaimResult] {
        let earlier = resume ? finishedRun() : [:]
        let saved = claims.map { claim -> ClaimResult? in
            guard resume else { return nil }
            if let r = partial.load(claim, settings: settings) { return r }
            if let r = earlier[claim.id], r.statement == claim.statement { return r }
            return nil
        }
        let total = claims.count
        try progress(.started(total: total, saved: saved.compactMap { $0 }.count))
        for (k, r) in saved.enumerated() {
            if let r { try progress(.claimReused(position: k + 1, total: total, result: r)) }
        }
        let pending = saved.indices.filter { saved[$0] == nil }
        let runner = ClaimRunner(instances: settings.instances, seed: settings.seed, search: settings.search,
                                 counterexampleDirectory: directory + "/" + ReportFileNames.counterexamples)
        let state = RunState(results: saved, pending: pending)
        withoutActuallyEscaping(progress) { progress in
            let events = EventSink(progress)
            DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, pending.count))) { _ in
                while let k = state.next() {
                    let claim = claims[k]
                    guard state.deliver({ try events.send(.claimStarted(position: k + 1, total: total, id: claim.id)) }) else { break }
                    let start = ContinuousClock.now
                    var result = runner.run(claim)
                    result.counterexample = result.counterexample.map(relativeToReport)
                    let elapsed = ContinuousClock.now - start
                    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                    let finished = result
                    state.keep(finished, at: k) { try partial.save(finished, settings: settings) }
                    _ = state.deliver { try events.send(.claimFinished(position: k + 1, total: total, result: finished, seconds: seconds)) }
                }
            }
        }
        if let error = state.error { throw error }
        try progress(.rendering)
        return state.results.map { $0! }
    }

    /// The results of an earlier finished run in this folder under the same settings, by id.
    private func finishedRun() -> [String: ClaimResult] {
        let path = directory + "/" + ReportFileNames.results
        guard FileManager.default.fileExists(atPath: path), let loaded = try? ResultsFile.load(path),
              loaded.settings == settings else { return [:] }
        return Dictionary(loaded.results.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A path under the report folder, written relative to it (so results.json does not depend
    /// on where the folder lives).
    private func relativeToReport(_ path: String) -> String {
        path.hasPrefix(directory + "/") ? String(path.dropFirst(directory.count + 1)) : path
    }
}

/// The shared tally of a run whose claims are computed on several threads: which claim is next,
/// the results so far, and the first error (after which no claim starts).
private final class RunState: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: ArraySlice<Int>
    private(set) var results: [ClaimResult?]
    private(set) var error: Error?

    init(results: [ClaimResult?], pending: [Int]) {
        self.results = results
        self.pending = pending[...]
    }

    /// The next claim to compute, or nil when none is left or the run is stopping.
    func next() -> Int? {
        lock.withLock { error == nil ? pending.popFirst() : nil }
    }

    /// Saves (by `save`) and records a finished claim's result, also while the run is stopping.
    func keep(_ r: ClaimResult, at k: Int, save: () throws -> Void) {
        lock.withLock {
            do {
                try save()
                results[k] = r
            } catch {
                if self.error == nil { self.error = error }
            }
        }
    }

    /// Runs `body` alone (one thread at a time); its error stops the run. False once stopping.
    func deliver(_ body: () throws -> Void) -> Bool {
        lock.withLock {
            guard error == nil else { return false }
            do { try body() } catch { self.error = error }
            return self.error == nil
        }
    }
}

/// The caller's progress handler, called by one thread at a time (under `RunState`'s lock).
private struct EventSink: @unchecked Sendable {
    let send: (ReportEvent) throws -> Void
    init(_ send: @escaping (ReportEvent) throws -> Void) { self.send = send }
}
