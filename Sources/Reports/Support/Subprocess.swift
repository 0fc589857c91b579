import Foundation

/// Runs an executable directly (never through a shell) and collects what it writes.
///
/// Standard output and standard error are drained concurrently while the process runs, so a
/// process that writes a lot to either never blocks on a full pipe.
public enum Subprocess {
    public struct Outcome: Sendable {
        public let status: Int32
        public let standardOutput: Data
        public let standardError: Data
    }

    /// Runs `executable` with `arguments` in `directory`, feeding `input` on standard input; the
    /// environment is this process's with `environment` added.
    public static func run(_ executable: String, _ arguments: [String], in directory: String? = nil,
                           environment: [String: String] = [:], input: Data = Data()) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let out = Collected(), err = Collected()
        let readers = DispatchGroup()
        DispatchQueue.global().async(group: readers) { out.store(stdout.fileHandleForReading.readDataToEndOfFile()) }
        DispatchQueue.global().async(group: readers) { err.store(stderr.fileHandleForReading.readDataToEndOfFile()) }
        try process.run()
        if !input.isEmpty { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        readers.wait()
        return Outcome(status: process.terminationStatus, standardOutput: out.value, standardError: err.value)
    }

    /// The first executable file named `name` in the folders of `PATH`.
    public static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// Bytes handed from a reader thread to the caller, which reads them only after the reader ended.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func store(_ d: Data) { lock.withLock { data = d } }
    var value: Data { lock.withLock { data } }
}
