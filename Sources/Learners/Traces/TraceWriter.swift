import Foundation
import MarkovGames

/// Writes a trace line by line: the header first, then each iterate as soon as it exists. Every
/// line goes to the file in one write of the whole line and its newline, unbuffered, so an
/// interrupted run leaves a readable trace of the iterates done so far.
public final class TraceWriter {
    public let path: String
    private let handle: FileHandle
    private let game: Game

    /// Creates (or truncates) `path` and writes the header.
    public init(path: String, header: TraceHeader, game: Game) throws(ModelError) {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw ModelError(file: path, path: "", "its folder cannot be created: \(error.localizedDescription)")
        }
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw ModelError(file: path, path: "", "cannot be written")
        }
        self.path = path
        self.handle = handle
        self.game = game
        try write(header.json)
    }

    deinit { try? handle.close() }

    /// Appends one iterate line.
    public func append(_ iterate: TraceIterate) throws(ModelError) {
        try write(iterate.json(game: game))
    }

    private func write(_ value: JSONValue) throws(ModelError) {
        do {
            try handle.write(contentsOf: Data((JSONWriter.compact(value) + "\n").utf8))
        } catch {
            throw ModelError(file: path, path: "", "cannot be written: \(error.localizedDescription)")
        }
    }
}
