import Foundation
import MarkovGames
import Testing
@testable import Reports

@Suite struct NotebookFormatTests {
    static let sample = """
    ---
    title: sample
    tolerance: 1e-6
    ---

    # A notebook

    Prose with `inline code`.

    ```console
    $ marlcheck games list
    line one
    line two  # timing
    ```

    An example of the format, which is not a cell:

    ````markdown
    ```console
    $ rm -rf /
    ```
    ````

    ```swift
    let x = 1
    ```

    ```console
    $ marlcheck games show "a b" --param 'states=3'
    ```
    """

    @Test func parsesCellsAndKeepsEverythingElseByteForByte() throws {
        let notebook = try Notebook(parsing: Self.sample, file: "s.md")
        #expect(notebook.tolerance == NumericTolerance(relative: 1e-6))
        #expect(notebook.cells.map(\.arguments) == [["games", "list"], ["games", "show", "a b", "--param", "states=3"]])
        #expect(notebook.cells.map(\.output) == [["line one", "line two  # timing"], []])
        #expect(notebook.cells.map(\.line) == [11, 29])
        #expect(notebook.text == Self.sample)
        #expect(try Notebook(parsing: Self.sample + "\n", file: "s.md").text == Self.sample + "\n")
    }

    @Test func withoutHeaderTheToleranceIsTheDefault() throws {
        #expect(try Notebook(parsing: "text\n", file: "s.md").tolerance == NumericTolerance(relative: 1e-9))
    }

    /// Each broken rule is reported with the file, the line and the rule.
    @Test(arguments: [
        ("```console\nmarlcheck games list\n```\n", "line 2", "starts with a command line"),
        ("```console\n$ rm -rf x\n```\n", "line 2", "cells run marlcheck only"),
        ("```console\n$ marlcheck games list | head\n```\n", "line 2", "shell syntax"),
        ("```console\n$ marlcheck games show $HOME\n```\n", "line 2", "shell syntax"),
        ("```console\n$ marlcheck games list\n", "line 1", "never closed"),
        ("```console\n$ marlcheck games list\nout\n$ marlcheck games list\n```\n", "line 4", "one command per console cell"),
        ("---\ntolerance: tight\n---\n", "line 2", "tolerance must be"),
        ("---\ntitle: t\nabsolute-tolerance: -1\n---\n", "line 3", "absolute-tolerance must be"),
    ])
    func brokenNotebooksAreRefused(text: String, place: String, rule: String) {
        #expect {
            _ = try Notebook(parsing: text, file: "bad.md")
        } throws: { error in
            guard let e = error as? ModelError else { return false }
            return e.file == "bad.md" && e.path == place && e.rule.contains(rule)
        }
    }

    @Test func commandsSplitLikeAPlainShellCommand() throws {
        #expect(try CellCommand.split(#"marlcheck  check "a \"b\" c" 'd e'"#) == ["marlcheck", "check", #"a "b" c"#, "d e"])
        #expect(try CellCommand.split("marlcheck x=''") == ["marlcheck", "x="])
        #expect(throws: ModelError.self) { try CellCommand.split("marlcheck 'open") }
        #expect(throws: ModelError.self) { try CellCommand.split("marlcheck a; rm b") }
    }
}

@Suite struct OutputComparisonTests {
    @Test func numbersWithinTheRelativeToleranceMatch() {
        #expect(OutputComparison.mismatch(recorded: "J = 0.5  margin 1.25e-3", now: "J = 0.5000000001 margin 1.25e-3", tolerance: NumericTolerance(relative: 1e-9)) == nil)
        let why = OutputComparison.mismatch(recorded: "J = 0.5", now: "J = 0.5001", tolerance: NumericTolerance(relative: 1e-9))
        #expect(why?.contains("0.5 became 0.5001") == true)
        #expect(OutputComparison.mismatch(recorded: "J = 0.5", now: "J = 0.5001", tolerance: NumericTolerance(relative: 1e-3)) == nil)
    }

    /// A residual of 3e-17 that becomes 6e-17 differs by 100% relatively; an absolute tolerance of
    /// 1e-12 accepts it, and still refuses 1e-10 becoming 2e-10.
    @Test func anAbsoluteToleranceAcceptsRoundOffSizedChanges() {
        let relative = NumericTolerance(relative: 1e-9), both = NumericTolerance(relative: 1e-9, absolute: 1e-12)
        #expect(OutputComparison.mismatch(recorded: "residual 3e-17", now: "residual 6e-17", tolerance: relative) != nil)
        #expect(OutputComparison.mismatch(recorded: "residual 3e-17", now: "residual 6e-17", tolerance: both) == nil)
        #expect(OutputComparison.mismatch(recorded: "residual 1e-10", now: "residual 2e-10", tolerance: both) != nil)
    }

    @Test func textMustMatchExactlyUpToSpacing() {
        #expect(OutputComparison.mismatch(recorded: "a  holds   3", now: "a holds 3", tolerance: NumericTolerance(relative: 0)) == nil)
        #expect(OutputComparison.mismatch(recorded: "a holds 3", now: "a violated 3", tolerance: NumericTolerance(relative: 1)) != nil)
        #expect(OutputComparison.mismatch(recorded: "a holds 3", now: "a holds 3 4", tolerance: NumericTolerance(relative: 1)) != nil)
        #expect(OutputComparison.mismatch(recorded: "ddpl.thmC.2/step3", now: "ddpl.thmC.2/step4", tolerance: NumericTolerance(relative: 1e-9)) != nil)
    }

    @Test func timingLinesAreMarkedAndSkipped() {
        for line in ["[3/40] ddpl.x: holds (0.42 s)", "took 35 ms", "elapsed 2m05s", "done in 1m05s", "2 min"] {
            #expect(OutputComparison.carriesTiming(line), "\(line)")
        }
        for line in ["2 states, 3 agents", "|S| = 4", "margin 1.5e-3", "ms-level"] {
            #expect(!OutputComparison.carriesTiming(line), "\(line)")
        }
        let marked = OutputComparison.recorded("[1/2] a: holds (0.42 s)")
        #expect(marked == "[1/2] a: holds (0.42 s)  # timing")
        #expect(OutputComparison.recorded(marked) == marked)
        #expect(OutputComparison.mismatch(recorded: marked, now: "[1/2] a: holds (9.99 s)", tolerance: NumericTolerance(relative: 0)) == nil)
    }

    @Test func diffShowsRemovedAddedAndChangedLines() throws {
        let diff = try #require(OutputDiff.lines(recorded: ["a", "b 1", "c"], now: ["a", "b 2", "c", "d"], tolerance: NumericTolerance(relative: 1e-9)))
        #expect(diff.contains("  - b 1"))
        #expect(diff.contains("  + b 2"))
        #expect(diff.contains("  + d"))
        #expect(!diff.contains { $0.hasSuffix(" a") || $0.hasSuffix(" c") })
        #expect(OutputDiff.lines(recorded: ["x 1.0"], now: ["x 1.0000000000001"], tolerance: NumericTolerance(relative: 1e-9)) == nil)
    }
}

/// Notebooks run with the marlcheck executable built beside the test runner.
@Suite(.serialized) struct NotebookExecutionTests {
    static func runner() throws -> NotebookRunner {
        let path = try #require(NotebookRunner.locateMarlcheck(), "swift build --build-tests builds marlcheck beside the tests")
        return NotebookRunner(executable: path)
    }

    static let notebook = """
    ---
    tolerance: 1e-9
    ---

    Games:

    ```console
    $ marlcheck games list
    ```

    ```console
    $ marlcheck games export random-identical-interest --param states=3 --seed 4 -o g.json
    ```

    ```console
    $ marlcheck games show g.json
    ```

    ```console
    $ marlcheck claims show no.such.claim
    ```

    """

    @Test func runRecordsOutputsThatVerifyThenAcceptsAndAHandEditBreaks() throws {
        let dir = scratchFolder("notebook")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/n.md"
        try FileIO.write(Self.notebook, to: file)
        let runner = try Self.runner()
        let outcome = try runner.run(file)
        #expect(outcome.cells == 4)
        let recorded = try Notebook.load(file)
        // Cell 2 reads back the file cell 1 wrote: the cells share one scratch folder.
        #expect(recorded.cells[2].output.contains { $0.hasPrefix("states ") && $0.hasSuffix(" 3") })
        #expect(recorded.cells[3].output.last == "[exit status 2]")
        #expect(!FileManager.default.fileExists(atPath: dir + "/g.json"))
        #expect(try runner.verify(file).passed)

        // Change the number of states recorded for g.json by hand: verify fails and says where.
        let text = String(decoding: try FileIO.read(file), as: UTF8.self)
        let statesLine = try #require(recorded.cells[2].output.first { $0.hasPrefix("states") })
        let edited = statesLine.replacingOccurrences(of: "3", with: "4")
        try FileIO.write(text.replacingOccurrences(of: statesLine, with: edited), to: file)
        let verification = try runner.verify(file)
        #expect(!verification.passed)
        #expect(verification.differences.map(\.line) == [recorded.cells[2].line])
        #expect(verification.description.contains("- " + edited))
        #expect(verification.description.contains("+ " + statesLine))
        #expect(verification.description.contains("4 became 3"))
    }

    /// A change of one part in 10⁷ fails under the default 1e-9 and passes under a stated 1e-6.
    @Test func theHeaderToleranceDecides() throws {
        let dir = scratchFolder("tolerance")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/n.md"
        try FileIO.write("```console\n$ marlcheck games show random-identical-interest --param gamma=0.9\n```\n", to: file)
        let runner = try Self.runner()
        try runner.run(file)
        let text = String(decoding: try FileIO.read(file), as: UTF8.self)
        let gammaLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("gamma") })
        let nudged = text.replacingOccurrences(of: String(gammaLine), with: gammaLine.replacingOccurrences(of: "0.9", with: "0.90000009"))
        try FileIO.write(nudged, to: file)
        #expect(!(try runner.verify(file).passed))
        try FileIO.write("---\ntolerance: 1e-6\n---\n" + nudged, to: file)
        #expect(try runner.verify(file).passed)
    }
}
