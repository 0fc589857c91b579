import Foundation

/// gnuplot, run as a separate process to turn a plot script into SVG.
public struct Gnuplot: Sendable {
    public let executable: String

    /// What to tell a reader whose machine has no gnuplot.
    public static let missingAdvice = """
        gnuplot was not found on PATH, so the report has no plots. Install it (Debian/Ubuntu: \
        `sudo apt-get install gnuplot-nox`; macOS: `brew install gnuplot`; or run scripts/setup.sh) \
        and run the same `marlcheck report` command with --resume to add them without recomputing.
        """

    public init(executable: String) { self.executable = executable }

    /// gnuplot on PATH, or nil.
    public static func locate() -> Gnuplot? { Subprocess.onPath("gnuplot").map(Gnuplot.init) }

    /// The terminal every plot uses: SVG that scales with its container (`dynamic`), text as
    /// written (every label and title is set `noenhanced`, so `r_max` keeps its underscore;
    /// only tick labels such as 10^{-3} use enhanced text), a font every browser has.
    static let terminal = "set terminal svg size 760,430 dynamic enhanced font 'Helvetica,13' background rgb 'white'"

    /// Renders `script` (a plot without a terminal line) to SVG text.
    public func svg(_ script: String) throws -> String {
        let outcome = try Subprocess.run(executable, [], input: Data((Self.terminal + "\n" + script + "\n").utf8))
        let svg = String(decoding: outcome.standardOutput, as: UTF8.self)
        guard outcome.status == 0, svg.contains("</svg>") else {
            throw GnuplotError(status: outcome.status, message: String(decoding: outcome.standardError, as: UTF8.self))
        }
        return svg
    }
}

/// gnuplot failed on a script.
public struct GnuplotError: Error, CustomStringConvertible {
    public let status: Int32
    public let message: String
    public var description: String { "gnuplot exited with status \(status): \(message.trimmingCharacters(in: .whitespacesAndNewlines))" }
}
