import Foundation
import MarkovGames

/// A trace read back and checked against its game.
public struct Trace: Sendable {
    public let header: TraceHeader
    public let iterates: [TraceIterate]

    public init(header: TraceHeader, iterates: [TraceIterate]) {
        self.header = header
        self.iterates = iterates
    }

    /// Reads the trace at `path` and checks it against `game`: the game hash must match (the hash of
    /// the canonical encoding, or of `gameFileText`, the game file's own bytes), iterations must
    /// increase, and every policy must have the game's shapes with rows summing to 1. Errors name
    /// the file, the line and the JSON path.
    public static func load(_ path: String, game: Game, gameFileText: String? = nil) throws(ModelError) -> Trace {
        let data = try FileIO.read(path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw ModelError(file: path, path: "", "is not UTF-8 text")
        }
        do {
            return try parse(text, game: game, gameFileText: gameFileText)
        } catch {
            throw error.inFile(path)
        }
    }

    /// Parses trace text (JSON Lines) against `game`; see `load`.
    public static func parse(_ text: String, game: Game, gameFileText: String? = nil) throws(ModelError) -> Trace {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var numbered: [(Int, Substring)] = []
        for (k, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) { numbered.append((k + 1, line)) }
        guard let first = numbered.first else { throw ModelError(path: "line 1", "the trace is empty (a header line is required)") }
        let header: TraceHeader
        do {
            header = try TraceHeader.decode(JSONReader(try JSONParser.parse(String(first.1))))
        } catch {
            throw error.under("line \(first.0)")
        }
        let expected = GameHash.of(game)
        let accepted = [expected] + (gameFileText.map { [GameHash.of(text: $0)] } ?? [])
        guard accepted.contains(header.gameHash) else {
            throw ModelError(path: "line \(first.0).game.hash",
                             "the trace was written for game '\(header.gameName)' with hash \(header.gameHash), but the game given ('\(game.name)') has hash \(expected): run and validate against the same game file")
        }
        var iterates: [TraceIterate] = []
        for (number, line) in numbered.dropFirst() {
            let item: TraceIterate
            do {
                item = try TraceIterate.decode(JSONReader(try JSONParser.parse(String(line))), game: game)
            } catch {
                throw error.under("line \(number)")
            }
            if let last = iterates.last, item.iteration <= last.iteration {
                throw ModelError(path: "line \(number).iteration", "is \(item.iteration), after iteration \(last.iteration); iterations must increase")
            }
            iterates.append(item)
        }
        return Trace(header: header, iterates: iterates)
    }
}
