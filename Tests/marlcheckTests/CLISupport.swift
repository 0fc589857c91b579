import Foundation

/// Runs the built `marlcheck` executable as a subprocess.
///
/// `swift build --build-tests` puts `marlcheck` in the products folder next to the test runner.
/// Under `swift test` on Linux the runner is the executable `MARLCheckPackageTests.xctest` and
/// `Bundle.main.bundleURL` is the products folder itself; on macOS the runner is inside the
/// `.xctest` bundle, whose parent is the products folder. Both candidates are tried, then the
/// folder of `CommandLine.arguments[0]`.
enum CLI {
    static let executable: URL? = {
        let candidates = [
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        return candidates.map { $0.appendingPathComponent("marlcheck") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: String
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    enum Failure: Error { case executableNotFound }

    /// Runs `marlcheck arguments…` in `directory` and collects its exit status and output.
    static func run(_ arguments: [String], in directory: URL) throws -> Result {
        guard let executable else { throw Failure.executableNotFound }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Standard output goes to a file (it can be megabytes); standard error is short.
        let outURL = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        try Data().write(to: outURL)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errPipe = Pipe()
        process.standardOutput = outHandle
        process.standardError = errPipe
        try process.run()
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try outHandle.close()
        let out = try Data(contentsOf: outURL)
        try FileManager.default.removeItem(at: outURL)
        return Result(status: process.terminationStatus, stdout: out, stderr: String(decoding: err, as: UTF8.self))
    }

    /// The fixtures folder, next to this source file.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The package root (docs/ lives there).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh empty folder for one test.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("marlcheck-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The fixture files, sorted by name.
    static func fixtureNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { $0.hasSuffix(".json") }.sorted()
    }
}
