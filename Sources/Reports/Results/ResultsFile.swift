import Claims
import MarkovGames

/// results.json, format `marlcheck.results/1`: the settings and every claim's result, in
/// catalog order. The same object `check --json` prints for several claims, with `instances`
/// added (docs/formats.md).
public enum ResultsFile {
    public static let format = "marlcheck.results/1"

    public static func encode(_ results: [ClaimResult], settings: ReportSettings) -> JSONValue {
        .object([("format", .string(format))] + settings.jsonFields + [("results", .array(results.map(\.json)))])
    }

    public static func decode(_ value: JSONValue) throws(ModelError) -> (settings: ReportSettings, results: [ClaimResult]) {
        let root = JSONReader(value)
        try root.requireFormat(format)
        let settings = try ReportSettings.decode(root)
        let results = try root.field("results").elements().map { r throws(ModelError) in try ClaimResultReader.decode(r) }
        return (settings, results)
    }

    /// Reads results.json at `path`; errors name the file and the field.
    public static func load(_ path: String) throws(ModelError) -> (settings: ReportSettings, results: [ClaimResult]) {
        do {
            return try decode(try FileIO.readJSON(path))
        } catch {
            throw error.file == nil ? error.inFile(path) : error
        }
    }
}
