import Foundation
import MarkovGames
import Testing

/// `marlcheck run` and `marlcheck validate` end to end, the trace schema, and the Python example.
@Suite("run and validate")
struct TraceCommandTests {
    /// Exports a small random identical-interest game into `dir` and returns its file name.
    static func exportGame(_ dir: URL) throws -> String {
        let r = try CLI.run(["games", "export", "random-identical-interest", "--param", "states=3", "--seed", "1", "-o", "game.json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        return "game.json"
    }

    static func json(_ r: CLI.Result) throws -> JSONValue { try JSONParser.parse(r.stdout) }

    static func member(_ v: JSONValue?, _ key: String) -> JSONValue? {
        guard case .object(let o)? = v else { return nil }
        return o[key]
    }

    static func number(_ v: JSONValue?) -> Double? {
        if case .number(let x)? = v { return x }
        return nil
    }

    @Test("run refuses bad parameters and unknown learners with exit code 2 and writes nothing")
    func runRefuses() throws {
        let dir = try CLI.scratchDirectory()
        let game = try Self.exportGame(dir)
        for args in [["run", "decspg", "--game", game, "--iterations", "5", "--param", "q=approximate", "-o", "t.jsonl"],
                     ["run", "decspg", "--game", game, "--iterations", "0", "-o", "t.jsonl"],
                     ["run", "ddpl", "--game", game, "--iterations", "5", "-o", "t.jsonl"],
                     ["run", "ppo", "--game", game, "--iterations", "5", "-o", "t.jsonl"]] {
            let r = try CLI.run(args, in: dir)
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("marlcheck: error:"))
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("t.jsonl").path), "\(args) wrote a trace")
        }
        let r = try CLI.run(["run", "decspg", "--game", game, "--iterations", "5", "--param", "q=approximate", "-o", "t.jsonl"], in: dir)
        #expect(r.stderr.contains("--param q") && r.stderr.contains("exact, sampled"))
    }

    @Test("run writes a trace that validate evaluates; --json has every iterate; another game is refused")
    func runAndValidate() throws {
        let dir = try CLI.scratchDirectory()
        let game = try Self.exportGame(dir)
        let run = try CLI.run(["run", "decspg", "--game", game, "--iterations", "10", "--param", "q=sampled", "--param", "batch=8",
                               "--seed", "3", "-o", "t.jsonl"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let again = try CLI.run(["run", "decspg", "--game", game, "--iterations", "10", "--param", "q=sampled", "--param", "batch=8",
                                 "--seed", "3", "-o", "u.jsonl"], in: dir)
        #expect(again.status == 0)
        #expect(try Data(contentsOf: dir.appendingPathComponent("t.jsonl")) == Data(contentsOf: dir.appendingPathComponent("u.jsonl")))

        let v = try CLI.run(["validate", "t.jsonl", "--game", game, "--json"], in: dir)
        #expect(v.status == 0, "\(v.stderr)")
        let report = try Self.json(v)
        guard case .array(let iterates)? = Self.member(report, "iterates"), case .array(let claims)? = Self.member(report, "claims") else {
            Issue.record("no iterates or claims"); return
        }
        #expect(iterates.count == 11 && claims.count == 4)
        // Every iterate after the first carries the Q error and both distances to the exact step.
        for item in iterates.dropFirst() {
            #expect(Self.number(Self.member(Self.member(item, "qError"), "max")) != nil)
            #expect(Self.number(Self.member(Self.member(item, "exactTarget"), "tv")) != nil)
        }
        let text = try CLI.run(["validate", "t.jsonl", "--game", game], in: dir)
        #expect(text.status == 0 && text.stdoutText.contains("trace.monotone") && text.stdoutText.contains("NE-gap"))

        let other = try CLI.run(["games", "export", "random-identical-interest", "--param", "states=3", "--seed", "2", "-o", "other.json"], in: dir)
        #expect(other.status == 0)
        let refused = try CLI.run(["validate", "t.jsonl", "--game", "other.json"], in: dir)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("t.jsonl: line 1.game.hash"), "\(refused.stderr)")
    }

    @Test("run --initial starts a tabular learner from a policy file and is refused by learners that build their own π⁰")
    func initialPolicy() throws {
        let dir = try CLI.scratchDirectory()
        let export = try CLI.run(["games", "export", "ratio-game", "-o", "ratio.json"], in: dir)
        #expect(export.status == 0)
        let policy = #"{"format": "marlcheck.policy/1", "kind": "product", "tables": [[[0.5, 0.5], [0.5, 0.5]], [[0.25, 0.75], [0.5, 0.5]]]}"#
        try policy.write(to: dir.appendingPathComponent("start.json"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["run", "ipg", "--game", "ratio.json", "--iterations", "1", "--initial", "start.json", "-o", "t.jsonl"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try String(contentsOf: dir.appendingPathComponent("t.jsonl"), encoding: .utf8).split(separator: "\n")
        // Iterate 0 is the file's policy (through log and softmax: equal to a few ulps).
        guard case .array(let tables)? = Self.member(Self.member(try JSONParser.parse(String(lines[1])), "policy"), "tables"),
              case .array(let agent2) = tables[1], case .array(let row) = agent2[0] else { Issue.record("layout"); return }
        #expect(abs((Self.number(row[0]) ?? -1) - 0.25) <= 1e-15 && abs((Self.number(row[1]) ?? -1) - 0.75) <= 1e-15)
        let refused = try CLI.run(["run", "mfppo", "--game", "ratio.json", "--iterations", "1", "--initial", "start.json", "-o", "u.jsonl"], in: dir)
        #expect(refused.status == 2 && refused.stderr.contains("--initial"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("u.jsonl").path))
    }

    @Test("every line of a written trace has the keys of the trace schema")
    func schemaKeys() throws {
        let dir = try CLI.scratchDirectory()
        let game = try Self.exportGame(dir)
        let run = try CLI.run(["run", "decspg", "--game", game, "--iterations", "2", "--param", "q=sampled", "--param", "batch=4",
                               "--timing", "-o", "t.jsonl"], in: dir)
        #expect(run.status == 0)
        let schema = try SchemaTests.schema("trace.schema.json")
        let header = try #require(SchemaTests.member(schema, path: ["$defs", "header"]))
        let iterate = try #require(SchemaTests.member(schema, path: ["$defs", "iterate"]))
        let lines = try String(contentsOf: dir.appendingPathComponent("t.jsonl"), encoding: .utf8).split(separator: "\n")
        for (k, line) in lines.enumerated() {
            let value = try JSONParser.parse(String(line))
            SchemaTests.expectKeys(value, k == 0 ? header : iterate, "line \(k + 1)")
            if k > 0, let q = SchemaTests.member(value, "qEstimates") {
                SchemaTests.expectKeys(q, try #require(SchemaTests.member(iterate, path: ["properties", "qEstimates"])), "line \(k + 1) qEstimates")
            }
        }
    }

    /// python3 with numpy, or nil.
    static let python: String? = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import numpy"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? "python3" : nil
    }()

    @Test("a trace written by the Python example validates end to end",
          .enabled(if: python != nil, "skipped: python3 with numpy is not installed"))
    func pythonExample() throws {
        let dir = try CLI.scratchDirectory()
        let game = try Self.exportGame(dir)
        let script = CLI.packageRoot.appendingPathComponent("examples/python/toy_decspg.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, game, "py.jsonl", "--iterations", "60", "--eta", "0.05"]
        process.currentDirectoryURL = dir
        let err = Pipe()
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")

        let v = try CLI.run(["validate", "py.jsonl", "--game", game, "--json"], in: dir)
        #expect(v.status == 0, "\(v.stderr)")
        guard case .array(let iterates)? = Self.member(try Self.json(v), "iterates") else { Issue.record("no iterates"); return }
        #expect(iterates.count == 61)
        // numpy's exact Q̄_i and DecSPG step against MARLCheck's: both are double-precision solves of the same
        // 3-state system (|Q| ≤ 10, κ∞ ≤ (1+γ)/(1−γ) = 19), so they agree to ~19·8·3·ε·10 ≈ 1e-12; 1e-10 is the margin.
        for item in iterates.dropFirst() {
            let qError = try #require(Self.number(Self.member(Self.member(item, "qError"), "max")))
            let tv = try #require(Self.number(Self.member(Self.member(item, "exactTarget"), "tv")))
            #expect(qError <= 1e-10 && tv <= 1e-10, "q error \(qError), tv \(tv)")
        }
        let first = try #require(Self.number(Self.member(iterates.first, "nashGap")))
        let last = try #require(Self.number(Self.member(iterates.last, "nashGap")))
        #expect(last < first)

        // One probability changed by hand: refused, naming the line and the row.
        var lines = try String(contentsOf: dir.appendingPathComponent("py.jsonl"), encoding: .utf8).split(separator: "\n").map(String.init)
        var value = try JSONParser.parse(lines[3])
        guard case .object(var o) = value, case .object(var policy)? = o["policy"], case .array(var tables)? = policy["tables"],
              case .array(var table)? = tables.first, case .array(var row)? = table.first, case .number(let p)? = row.first else {
            Issue.record("unexpected line layout"); return
        }
        row[0] = .number(p + 0.1)
        table[0] = .array(row); tables[0] = .array(table); policy["tables"] = .array(tables); o["policy"] = .object(policy)
        value = .object(o)
        lines[3] = JSONWriter.compact(value)
        try (lines.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("bad.jsonl"), atomically: true, encoding: .utf8)
        let bad = try CLI.run(["validate", "bad.jsonl", "--game", game], in: dir)
        #expect(bad.status == 2 && bad.stderr.contains("line 4.policy.tables[0][0]"), "\(bad.stderr)")
    }
}
