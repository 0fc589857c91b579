import Foundation

/// Reading and writing MARLCheck files. Writes are atomic (a temporary file in the same folder,
/// then a rename), so an interrupted run never leaves a half-written file.
public enum FileIO {
    /// The contents of `path`; the error names the file.
    public static func read(_ path: String) throws(ModelError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw ModelError(file: path, path: "", reason)
        }
    }

    /// Parses `path` as JSON; syntax errors name the file, line and column.
    public static func readJSON(_ path: String) throws(ModelError) -> JSONValue {
        let data = try read(path)
        do {
            return try JSONParser.parse(data)
        } catch {
            throw error.inFile(path)
        }
    }

    /// Writes `text` to `path` atomically, creating the parent folder if needed.
    public static func write(_ text: String, to path: String) throws(ModelError) {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw ModelError(file: path, path: "", "cannot be written: \(error.localizedDescription)")
        }
    }

    /// Writes `value` as pretty JSON to `path` atomically.
    public static func writeJSON(_ value: JSONValue, to path: String) throws(ModelError) {
        try write(JSONWriter.pretty(value), to: path)
    }
}
