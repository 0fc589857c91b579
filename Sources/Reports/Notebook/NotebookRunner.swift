import Foundation
import MarkovGames

/// Runs the cells of a notebook with the marlcheck executable (directly, never through a
/// shell), in a fresh scratch folder per notebook so that cells may write files that later
/// cells read, and nothing lands in the reader's folder.
///
/// A cell's output is what the command printed on standard output, then on standard error,
/// then `[exit status N]` when N ≠ 0 (so a cell may show an error on purpose). Each cell runs
/// with `COLUMNS=100`, so wrapped help text does not depend on the terminal.
public struct NotebookRunner: Sendable {
    /// The marlcheck executable the cells run.
    public let executable: String

    public init(executable: String) { self.executable = executable }

    /// The marlcheck beside the running executable (the same build), else the first on PATH.
    public static func locateMarlcheck() -> String? {
        if let own = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("marlcheck").path,
           FileManager.default.isExecutableFile(atPath: own) {
            return own
        }
        return Subprocess.onPath("marlcheck")
    }

    /// What a cell printed, line by line (trailing spaces dropped).
    func output(of cell: NotebookCell, in directory: String) throws -> [String] {
        let outcome = try Subprocess.run(executable, cell.arguments, in: directory, environment: ["COLUMNS": "100"])
        var lines = Self.lines(outcome.standardOutput) + Self.lines(outcome.standardError)
        if outcome.status != 0 { lines.append("[exit status \(outcome.status)]") }
        return lines
    }

    private static func lines(_ data: Data) -> [String] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        guard !text.isEmpty else { return [] }
        return text.components(separatedBy: "\n").map { line in
            String(line.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
        }
    }

    /// Runs `body` inside a new scratch folder that is removed afterwards.
    private func inScratchFolder<T>(_ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marlcheck-notebook-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }

    /// Executes every cell of the notebook at `path` and rewrites the file (atomically) with the
    /// new outputs, timing lines marked. Returns how many cells ran and how many outputs changed.
    @discardableResult
    public func run(_ path: String) throws -> (cells: Int, changed: Int) {
        var notebook = try Notebook.load(path)
        var changed = 0
        try inScratchFolder { folder in
            for (k, segment) in notebook.segments.enumerated() {
                guard case .cell(var cell) = segment else { continue }
                let now = try output(of: cell, in: folder).map(OutputComparison.recorded)
                if OutputDiff.lines(recorded: cell.output, now: now, tolerance: .exact) != nil { changed += 1 }
                cell.output = now
                notebook.segments[k] = .cell(cell)
            }
        }
        try FileIO.write(notebook.text, to: path)
        return (notebook.cells.count, changed)
    }

    /// Re-runs every cell of the notebook at `path` and compares each output with the recorded
    /// one within the notebook's tolerance. The file is not changed.
    public func verify(_ path: String) throws -> NotebookVerification {
        let notebook = try Notebook.load(path)
        var differences: [NotebookVerification.Difference] = []
        try inScratchFolder { folder in
            for cell in notebook.cells {
                let now = try output(of: cell, in: folder)
                if let diff = OutputDiff.lines(recorded: cell.output, now: now, tolerance: notebook.tolerance) {
                    differences.append(.init(line: cell.line, command: cell.command, diff: diff))
                }
            }
        }
        return NotebookVerification(file: path, cells: notebook.cells.count, tolerance: notebook.tolerance, differences: differences)
    }
}

/// The outcome of `notebook verify` on one file.
public struct NotebookVerification: Sendable, CustomStringConvertible {
    /// A cell whose output changed beyond the tolerance.
    public struct Difference: Sendable {
        /// Line of the cell's command.
        public let line: Int
        public let command: String
        /// `-` recorded / `+` now lines, with the reason under each changed line.
        public let diff: [String]
    }

    public let file: String
    public let cells: Int
    public let tolerance: NumericTolerance
    public let differences: [Difference]

    public var passed: Bool { differences.isEmpty }

    public var description: String {
        guard !passed else {
            return "\(file): \(cells) cell\(cells == 1 ? "" : "s"), every output matches (\(tolerance))"
        }
        var text = "\(file): \(differences.count) of \(cells) cell\(cells == 1 ? "" : "s") changed beyond the \(tolerance)"
        for d in differences {
            text += "\n\n\(file):\(d.line): $ \(d.command)\n" + d.diff.joined(separator: "\n")
        }
        return text
    }
}
