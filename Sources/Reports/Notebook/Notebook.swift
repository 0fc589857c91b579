import Foundation
import MarkovGames

/// An executable text notebook: a Markdown file of prose and console cells.
///
/// A console cell is a fenced block with the info string `console` whose first line is a
/// command, `$ marlcheck …`, and whose other lines are the command's recorded output:
///
///     ```console
///     $ marlcheck games list
///     random-identical-interest  …
///     ```
///
/// An optional front-matter block at the top states the relative tolerance within which
/// `notebook verify` accepts a changed number (`tolerance: 1e-9`, the default), and optionally
/// an absolute one for numbers of round-off size (`absolute-tolerance: 1e-12`, default 0).
/// Everything that is not a console cell is kept byte for byte.
public struct Notebook: Sendable {
    /// The relative tolerance when the header states none.
    public static let defaultTolerance = 1e-9

    public enum Segment: Sendable {
        /// Lines kept as they are.
        case text([String])
        case cell(NotebookCell)
    }

    public var segments: [Segment]
    /// The tolerance for numbers in outputs.
    public let tolerance: NumericTolerance
    /// Whether the file ended with a newline.
    let endsWithNewline: Bool

    public var cells: [NotebookCell] {
        segments.compactMap { if case .cell(let c) = $0 { c } else { nil } }
    }

    /// Parses `text`; `file` names the notebook in errors (with the line and the rule broken).
    public init(parsing text: String, file: String) throws(ModelError) {
        var lines = text.components(separatedBy: "\n")
        endsWithNewline = lines.last == ""
        if endsWithNewline { lines.removeLast() }
        tolerance = NumericTolerance(relative: try Self.header("tolerance", lines, file: file) ?? Self.defaultTolerance,
                                     absolute: try Self.header("absolute-tolerance", lines, file: file) ?? 0)
        var segments: [Segment] = []
        var prose: [String] = []
        var k = 0
        while k < lines.count {
            let line = lines[k]
            guard let fence = Self.fence(line) else {
                prose.append(line)
                k += 1
                continue
            }
            let end = lines[(k + 1)...].firstIndex { $0.trimmingCharacters(in: .whitespaces) == fence }
            guard line.dropFirst(fence.count).trimmingCharacters(in: .whitespaces) == "console" else {
                // Another fenced block (an example, a listing) is prose, whatever it contains.
                let last = end ?? lines.count - 1
                prose += lines[k...last]
                k = last + 1
                continue
            }
            guard let end else {
                throw ModelError(file: file, path: "line \(k + 1)", "the console cell opened here is never closed with \(fence)")
            }
            let body = Array(lines[(k + 1)..<end])
            guard let first = body.first, first.hasPrefix("$ ") else {
                throw ModelError(file: file, path: "line \(k + 2)", "a console cell starts with a command line `$ marlcheck …`")
            }
            let command = String(first.dropFirst(2)).trimmingCharacters(in: .whitespaces)
            let arguments: [String]
            do { arguments = try CellCommand.arguments(command) } catch {
                throw ModelError(file: file, path: "line \(k + 2)", error.rule)
            }
            if let extra = body.dropFirst().firstIndex(where: { $0.hasPrefix("$ marlcheck") }) {
                throw ModelError(file: file, path: "line \(extra + k + 2)", "one command per console cell: start a new ```console block")
            }
            if !prose.isEmpty { segments.append(.text(prose)); prose = [] }
            segments.append(.cell(NotebookCell(line: k + 2, command: command, arguments: arguments, output: Array(body.dropFirst()), fence: fence)))
            k = end + 1
        }
        if !prose.isEmpty { segments.append(.text(prose)) }
        self.segments = segments
    }

    /// Reads and parses the notebook at `path`.
    public static func load(_ path: String) throws(ModelError) -> Notebook {
        let data = try FileIO.read(path)
        return try Notebook(parsing: String(decoding: data, as: UTF8.self), file: path)
    }

    /// The notebook as text; unchanged cells give back the bytes that were parsed.
    public var text: String {
        var lines: [String] = []
        for segment in segments {
            switch segment {
            case .text(let t): lines += t
            case .cell(let c):
                let fence = c.fenceFittingOutput
                lines += [fence + "console", "$ " + c.command] + c.output + [fence]
            }
        }
        return lines.joined(separator: "\n") + (endsWithNewline ? "\n" : "")
    }

    /// The opening fence of a fenced block (three or more backticks at the start of the line).
    private static func fence(_ line: String) -> String? {
        let ticks = line.prefix { $0 == "`" }
        return ticks.count >= 3 ? String(ticks) : nil
    }

    /// The number given as `key:` in the front matter (a block between two `---` lines at the top).
    private static func header(_ key: String, _ lines: [String], file: String) throws(ModelError) -> Double? {
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return nil }
        for (k, line) in lines[1..<end].enumerated() where line.hasPrefix(key + ":") {
            let value = line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
            guard let t = Double(value), t >= 0, t.isFinite else {
                throw ModelError(file: file, path: "line \(k + 2)", "\(key) must be a non-negative number such as 1e-9, found '\(value)'")
            }
            return t
        }
        return nil
    }
}

/// One console cell: the command, its arguments as the program receives them, and the output
/// recorded under it.
public struct NotebookCell: Sendable {
    /// Line of the command in the file (1-based).
    public let line: Int
    /// The command as written, without the leading `$ `.
    public let command: String
    /// The arguments after `marlcheck`.
    public let arguments: [String]
    public var output: [String]
    let fence: String

    /// The fence, lengthened if an output line would otherwise close the block early.
    var fenceFittingOutput: String {
        let longest = output.map { $0.prefix { $0 == "`" }.count }.max() ?? 0
        return longest >= fence.count ? String(repeating: "`", count: longest + 1) : fence
    }
}
