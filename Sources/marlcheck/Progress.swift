import Foundation

/// Progress of a long run on standard error: a bar redrawn in place on a terminal, plain lines
/// (about every tenth of the run) otherwise, so logs stay readable.
struct Progress {
    let total: Int
    let label: String
    private let isTerminal = Progress.onTerminal
    private var lastReported = -1

    init(total: Int, label: String) {
        self.total = max(total, 1)
        self.label = label
    }

    /// Whether standard error is a terminal (commands that stay silent in logs ask this first).
    static var onTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    mutating func update(_ done: Int) {
        if isTerminal {
            let width = 30, filled = width * done / total
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(done)/\(total)".utf8))
            if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
        } else {
            let tenth = 10 * done / total
            guard tenth != lastReported || done == total else { return }
            lastReported = tenth
            FileHandle.standardError.write(Data("\(label): \(done)/\(total) iterations\n".utf8))
        }
    }

    /// Ends the bar's line on a terminal when the run stopped before `total`.
    func finish(at done: Int) {
        if isTerminal && done < total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
