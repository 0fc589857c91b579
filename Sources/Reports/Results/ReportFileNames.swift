import Foundation
import MarkovGames

/// The names of the files and folders of a report directory.
public enum ReportFileNames {
    public static let results = "results.json"
    public static let markdown = "report.md"
    public static let html = "index.html"
    public static let plots = "plots"
    public static let csv = "csv"
    public static let counterexamples = "counterexamples"
    static let partial = ".partial"

    /// Everything a report run writes; a fresh run clears these and nothing else.
    static let owned = [results, markdown, html, plots, csv, counterexamples, partial]

    /// A file-name stem for a claim id: `/` becomes `__` (as for counterexample files), and any
    /// character outside letters, digits, `.`, `-` and `_` becomes `_`.
    public static func stem(_ id: String) -> String {
        let replaced = id.replacingOccurrences(of: "/", with: "__")
        return String(replaced.unicodeScalars.map { u -> Character in
            let allowed = ("a"..."z").contains(u) || ("A"..."Z").contains(u) || ("0"..."9").contains(u)
                || u == "." || u == "-" || u == "_"
            return allowed ? Character(u) : "_"
        })
    }

    /// A folder path without trailing `/` (so paths under it can be made relative to it).
    static func folder(_ path: String) -> String {
        var d = path
        while d.count > 1 && d.hasSuffix("/") { d.removeLast() }
        return d
    }

    /// Removes the file or folder at `path` if it exists.
    static func remove(_ path: String) throws(ModelError) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        do { try FileManager.default.removeItem(atPath: path) } catch {
            throw ModelError(file: path, path: "", "cannot be removed: \(error.localizedDescription)")
        }
    }
}
