import Foundation

/// Progress of a long run on standard error: a bar redrawn in place on a terminal, plain lines
/// (about every tenth of the run) otherwise, so logs stay readable.
struct Progress {
    let total: Int
    let label: String
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private var lastReported = -1

    init(total: Int, label: String) {
        self.total = max(total, 1)
        self.label = label
    }

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
}
