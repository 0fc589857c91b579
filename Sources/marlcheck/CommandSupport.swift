import ArgumentParser
import Foundation
import MarkovGames

/// Writes `text` to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// Runs `body`; a `ModelError` (bad input) is printed as `marlcheck: error: …` and ends the
/// process with exit code 2, before anything is written.
func reportingInputErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ModelError {
        printError("marlcheck: error: \(error)")
        throw ExitCode(2)
    }
}

/// Parses `k=v` pairs given with `--param`.
func parseParameters(_ pairs: [String]) throws(ModelError) -> [String: String] {
    var out: [String: String] = [:]
    for pair in pairs {
        guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
            throw ModelError(path: "--param", "'\(pair)' is not of the form name=value")
        }
        let key = String(pair[..<eq]), value = String(pair[pair.index(after: eq)...])
        guard out[key] == nil else { throw ModelError(path: "--param \(key)", "given twice") }
        out[key] = value
    }
    return out
}

/// Left-aligned text columns separated by two spaces.
func formatTable(_ rows: [[String]]) -> String {
    guard let width = rows.map(\.count).max() else { return "" }
    var widths = [Int](repeating: 0, count: width)
    for r in rows { for (j, c) in r.enumerated() { widths[j] = max(widths[j], c.count) } }
    return rows.map { r in
        r.enumerated().map { j, c in j + 1 == r.count ? c : c.padding(toLength: widths[j], withPad: " ", startingAt: 0) }
            .joined(separator: "  ")
    }.joined(separator: "\n")
}
