import Claims
import Foundation
import MarkovGames

/// The results of a report run saved one claim at a time, in `DIR/.partial/<claim>.json`
/// (format `marlcheck.partial/1`: the settings and the result), each written atomically the
/// moment its claim finishes. An interrupted run therefore loses at most the claim it was
/// computing, and `--resume` reads back everything finished.
public struct PartialResults: Sendable {
    public static let format = "marlcheck.partial/1"
    public let directory: String

    public init(reportDirectory: String) {
        directory = reportDirectory + "/.partial"
    }

    func path(for id: String) -> String { directory + "/" + ReportFileNames.stem(id) + ".json" }

    /// Saves `result` computed under `settings` (atomically).
    public func save(_ result: ClaimResult, settings: ReportSettings) throws(ModelError) {
        let value = JSONValue.object([("format", .string(Self.format)), ("settings", .object(settings.jsonFields)),
                                      ("result", result.json)])
        try FileIO.writeJSON(value, to: path(for: result.id))
    }

    /// The saved result of `claim`, if one exists that was computed under `settings` for the same
    /// statement; `nil` otherwise (also for a file that cannot be read: that claim is recomputed).
    public func load(_ claim: Claim, settings: ReportSettings) -> ClaimResult? {
        let file = path(for: claim.id)
        guard FileManager.default.fileExists(atPath: file), let value = try? FileIO.readJSON(file) else { return nil }
        let root = JSONReader(value)
        guard (try? root.requireFormat(Self.format)) != nil,
              let saved = try? ReportSettings.decode(root.field("settings")), saved == settings,
              let result = try? ClaimResultReader.decode(root.field("result")),
              result.id == claim.id, result.statement == claim.statement else { return nil }
        return result
    }

    /// Deletes every saved result.
    public func removeAll() throws(ModelError) {
        try ReportFileNames.remove(directory)
    }
}
