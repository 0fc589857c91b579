import Foundation
import Testing

/// `marlcheck notebook run|verify` as a process: exit codes and messages.
@Suite struct NotebookCommandTests {
    static let notebook = "Prose.\n\n```console\n$ marlcheck games show climbing\n```\n"

    @Test func verifyExitsOneWithADiffWhenARecordedNumberIsEdited() throws {
        let dir = try CLI.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.notebook.utf8).write(to: dir.appendingPathComponent("n.md"))
        let run = try CLI.run(["notebook", "run", "n.md"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutText == "n.md: 1 cells run, 1 output changed\n")
        #expect(try CLI.run(["notebook", "verify", "n.md"], in: dir).status == 0)

        // The climbing game has one state: record 2 instead.
        let url = dir.appendingPathComponent("n.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("states") })
        try Data(text.replacingOccurrences(of: String(line), with: line.replacingOccurrences(of: "1", with: "2")).utf8).write(to: url)
        let verify = try CLI.run(["notebook", "verify", "n.md"], in: dir)
        #expect(verify.status == 1)
        #expect(verify.stdoutText.contains("n.md:4: $ marlcheck games show climbing"))
        #expect(verify.stdoutText.contains("2 became 1"))
    }

    @Test func aCellThatIsNotMarlcheckIsAnInputError() throws {
        let dir = try CLI.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let original = "```console\n$ rm -rf important\n```\n"
        try Data(original.utf8).write(to: dir.appendingPathComponent("bad.md"))
        let r = try CLI.run(["notebook", "run", "bad.md"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.md: line 2: cells run marlcheck only"))
        #expect(try String(contentsOf: dir.appendingPathComponent("bad.md"), encoding: .utf8) == original)
    }
}
