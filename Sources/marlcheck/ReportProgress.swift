import Claims
import Foundation
import Reports

/// Shows a report run's progress on standard error: a one-line bar redrawn in place on a
/// terminal, one plain line per claim otherwise (logs, notebooks, CI).
final class ReportProgress {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    /// Claims computed at a time (for the time-left estimate).
    private let jobs: Int

    init(jobs: Int) { self.jobs = max(jobs, 1) }

    private let start = ContinuousClock.now
    private let width = 28
    /// Claims finished (computed or reused) so far.
    private var done = 0
    /// Claims computed in this run and the seconds they took (for the time-left estimate).
    private var computed = 0
    private var computeSeconds = 0.0

    func handle(_ event: ReportEvent) {
        switch event {
        case .started(let total, let saved):
            emit(saved > 0 ? "report: \(total) claims, \(saved) already done in an earlier run (resumed)" : "report: \(total) claims")
        case .claimStarted(_, let total, let id):
            if isTerminal { bar(total: total, current: id) }
        case .claimReused(let position, let total, let result):
            done += 1
            if isTerminal { bar(total: total, current: result.id) } else {
                emit("[\(position)/\(total)] \(result.id): \(result.verdict.rawValue) (saved earlier)")
            }
        case .claimFinished(let position, let total, let result, let seconds):
            done += 1
            computed += 1
            computeSeconds += seconds
            let line = "[\(position)/\(total)] \(result.id): \(result.verdict.rawValue) (\(Self.duration(seconds)))"
                + (result.counterexample.map { ", counterexample \($0)" } ?? "")
            if isTerminal {
                if result.verdict == .violated || result.verdict == .rateInconsistent { emit(line) }
                bar(total: total, current: result.id)
            } else {
                emit(line)
            }
        case .rendering:
            emit("report: writing plots and pages")
        }
    }

    /// A permanent line (on a terminal, the bar is cleared first and redrawn by the next event).
    private func emit(_ line: String) {
        write((isTerminal ? "\r\u{1B}[2K" : "") + line + "\n")
    }

    /// The bar: claims done of `total`, the claim last started or finished, the time.
    private func bar(total: Int, current: String) {
        let filled = total > 0 ? width * done / total : width
        var time = "elapsed " + Self.duration(seconds(since: start))
        if computed > 0 && done < total {
            time += ", about \(Self.duration(computeSeconds / Double(computed) * Double(total - done) / Double(jobs))) left"
        }
        let text = "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "] "
            + "\(done)/\(total)  \(current)  \(time)"
        write("\r\u{1B}[2K" + String(text.prefix(110)))
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    private func seconds(since t: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - t
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// `0.42 s`, `12.3 s`, `2m05s`.
    static func duration(_ s: Double) -> String {
        if s < 60 { return String(format: s < 10 ? "%.2f s" : "%.1f s", s) }
        let whole = Int(s.rounded())
        return String(format: "%dm%02ds", whole / 60, whole % 60)
    }
}
