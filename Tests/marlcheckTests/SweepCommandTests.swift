import Foundation
import MarkovGames
import Testing

/// `marlcheck sweep` end to end, each result held against `marlcheck run` + `marlcheck validate`
/// (an independent path through the CLI: the policy goes through a trace file and is evaluated by
/// another process).
@Suite("sweep")
struct SweepCommandTests {
    typealias T = TraceCommandTests

    static func array(_ v: JSONValue?) -> [JSONValue] {
        if case .array(let a)? = v { return a }
        return []
    }

    static func string(_ v: JSONValue?) -> String? {
        if case .string(let s)? = v { return s }
        return nil
    }

    static func sweep(_ arguments: [String], in dir: URL) throws -> [JSONValue] {
        let r = try CLI.run(["sweep"] + arguments + ["--json"], in: dir)
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        return array(T.member(try T.json(r), "rows"))
    }

    /// The per-iterate exact evaluation `validate --json` gives for `run LEARNER` with these arguments.
    static func validatedIterates(_ learner: String, _ arguments: [String], in dir: URL) throws -> [JSONValue] {
        let trace = "check-\(UUID().uuidString).jsonl"
        let run = try CLI.run(["run", learner] + arguments + ["-o", trace], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let v = try CLI.run(["validate", trace, "--game", "game.json", "--json"], in: dir)
        #expect(v.status == 0, "\(v.stderr)")
        return array(T.member(try T.json(v), "iterates"))
    }

    @Test("the rows are learner × grid point × seed, in that order, in JSON and CSV")
    func rowCount() throws {
        let dir = try CLI.scratchDirectory()
        _ = try T.exportGame(dir)
        let args = ["decspg", "ipg", "--game", "game.json", "--iterations", "4", "--grid", "eta=0.1,0.5",
                    "--grid", "initial=uniform,random", "--seeds", "2", "--seed", "7", "-o", "rows.csv"]
        let r = try CLI.run(["sweep"] + args + ["--until", "J>=1e9", "--json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let document = try T.json(r)
        let rows = Self.array(T.member(document, "rows"))
        // The document, its rows and summaries have the keys docs/schemas/sweep.schema.json lists.
        let schema = try SchemaTests.schema("sweep.schema.json")
        SchemaTests.expectKeys(document, schema, "sweep")
        for row in rows { SchemaTests.expectKeys(row, try #require(SchemaTests.member(schema, path: ["$defs", "row"])), "row") }
        let summaries = Self.array(T.member(document, "summary"))
        #expect(summaries.count == 2 * 4)
        for s in summaries { SchemaTests.expectKeys(s, try #require(SchemaTests.member(schema, path: ["$defs", "summary"])), "summary") }
        // Expected order: learners as named, the first grid slowest, then seeds 7, 8.
        var expected: [[String]] = []
        for learner in ["decspg", "ipg"] {
            for eta in ["0.1", "0.5"] {
                for initial in ["uniform", "random"] {
                    for seed in ["7", "8"] { expected.append([learner, eta, initial, seed]) }
                }
            }
        }
        #expect(rows.count == 2 * 4 * 2)
        let found = rows.map { row in
            [Self.string(T.member(row, "learner")), Self.string(T.member(T.member(row, "grid"), "eta")),
             Self.string(T.member(T.member(row, "grid"), "initial")), Self.string(T.member(row, "seed"))].map { $0 ?? "?" }
        }
        #expect(found == expected)
        let csv = String(decoding: try Data(contentsOf: dir.appendingPathComponent("rows.csv")), as: UTF8.self)
        let lines = csv.split(separator: "\n")
        #expect(lines.count == 1 + expected.count)
        #expect(lines.first?.hasPrefix("learner,eta,initial,seed,iteration,") == true)
        #expect(Array(lines.dropFirst().map { $0.split(separator: ",").prefix(4).joined(separator: ",") }) == expected.map { $0.joined(separator: ",") })
    }

    @Test("each row's final J, J*−J and NE-gap are those of run + validate for the same learner, parameters, seed and K")
    func finalValuesMatchValidate() throws {
        let dir = try CLI.scratchDirectory()
        _ = try T.exportGame(dir)
        let k = 6
        let rows = try Self.sweep(["decspg", "mappo", "--game", "game.json", "--iterations", "\(k)", "--grid", "decspg:eta=0.1,0.5",
                                   "--grid", "mappo:step=0.5,2", "--param", "decspg:q=sampled", "--param", "decspg:batch=4",
                                   "--seeds", "2", "--seed", "3"], in: dir)
        #expect(rows.count == 2 * 2 + 2 * 2)
        for row in rows {
            let learner = try #require(Self.string(T.member(row, "learner")))
            let seed = try #require(Self.string(T.member(row, "seed")))
            guard case .object(let grid)? = T.member(row, "grid") else { Issue.record("no grid"); continue }
            var params = grid.keys.flatMap { ["--param", "\($0)=\(Self.string(grid[$0]) ?? "")"] }
            if learner == "decspg" { params += ["--param", "q=sampled", "--param", "batch=4"] }
            let iterates = try Self.validatedIterates(learner, ["--game", "game.json", "--iterations", "\(k)", "--seed", seed] + params, in: dir)
            let last = try #require(iterates.last)
            let final = T.member(row, "final")
            #expect(T.number(T.member(final, "iteration")) == Double(k))
            // The same policy evaluated by the same exact solver: identical doubles (the trace writes
            // each table entry in a form that reads back to the same double).
            #expect(T.number(T.member(final, "objective")) == T.number(T.member(last, "objective")), "\(learner) \(grid) seed \(seed)")
            #expect(T.member(final, "optimalityGap") == T.member(last, "optimalityGap"))
            #expect(T.member(final, "nashGap") == T.member(last, "nashGap"))
            // mappo's iterates are conditional policies: no NE-gap; decspg's are product policies.
            #expect((T.member(final, "nashGap") == .null) == (learner == "mappo"))
        }
    }

    @Test("--until reports the first evaluated iteration meeting the threshold, or the best value and where")
    func untilFirstIteration() throws {
        let dir = try CLI.scratchDirectory()
        _ = try T.exportGame(dir)
        let k = 30
        let base = ["ipg", "--game", "game.json", "--iterations", "\(k)", "--param", "eta=0.5"]
        let iterates = try Self.validatedIterates("ipg", ["--game", "game.json", "--iterations", "\(k)", "--param", "eta=0.5"], in: dir)
        let j = iterates.compactMap { T.number(T.member($0, "objective")) }
        try #require(j.count == k + 1)
        // A threshold half-way between J(π⁰) and J(π^K): met first somewhere inside the run.
        let threshold = (j[0] + j[k]) / 2
        let firstEvery1 = try #require(j.firstIndex { $0 >= threshold })
        #expect(firstEvery1 > 0 && firstEvery1 < k)
        for (every, first) in [(1, firstEvery1), (4, try #require((0...k).first { ($0 % 4 == 0 || $0 == k) && j[$0] >= threshold }))] {
            let rows = try Self.sweep(base + ["--until", "J>=\(threshold)", "--every", "\(every)", "--traces", "traces-\(every)"], in: dir)
            let until = T.member(rows.first, "until")
            #expect(T.member(until, "reached") == .bool(true))
            #expect(T.number(T.member(until, "iteration")) == Double(first), "every \(every)")
            #expect(T.number(T.member(T.member(rows.first, "final"), "iteration")) == Double(first))
            #expect(T.number(T.member(until, "best")) == j[first])
            // The run stopped there: its trace holds the header and iterations 0…first.
            let trace = try #require(Self.string(T.member(rows.first, "trace")))
            let lines = String(decoding: try Data(contentsOf: dir.appendingPathComponent(trace)), as: UTF8.self).split(separator: "\n")
            #expect(lines.count == first + 2)
        }
        // Above every J of the run: not reached; the best is the largest J, at its first iteration.
        let best = try #require(j.max())
        let rows = try Self.sweep(base + ["--until", "J>=\(best + 1)"], in: dir)
        let until = T.member(rows.first, "until")
        #expect(T.member(until, "reached") == .bool(false) && T.member(until, "iteration") == .null)
        #expect(T.number(T.member(until, "best")) == best)
        #expect(T.number(T.member(until, "bestIteration")) == Double(try #require(j.firstIndex(of: best))))
        #expect(T.number(T.member(T.member(rows.first, "final"), "iteration")) == Double(k))
    }

    @Test("a grid parameter a learner does not have is refused with exit code 2, naming the learner, and nothing is written")
    func badGridName() throws {
        let dir = try CLI.scratchDirectory()
        _ = try T.exportGame(dir)
        let r = try CLI.run(["sweep", "mappo", "ipg", "--game", "game.json", "--iterations", "5", "--grid", "step=0.01,0.05",
                             "-o", "out.csv", "--traces", "traces"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("--grid step") && r.stderr.contains("learner 'ipg' has no parameter 'step'") && r.stderr.contains("eta"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        for name in ["out.csv", "traces"] {
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path), "\(name) was written")
        }
    }

    @Test("the same arguments and seed give the same bytes (JSON, CSV, traces); another seed changes a seeded learner's rows")
    func sameSeedSameBytes() throws {
        let dir = try CLI.scratchDirectory()
        _ = try T.exportGame(dir)
        func sweep(_ seed: String, _ tag: String) throws -> (json: Data, csv: Data, trace: Data) {
            let r = try CLI.run(["sweep", "decspg", "--game", "game.json", "--iterations", "5", "--param", "q=sampled", "--param", "batch=4",
                                 "--grid", "eta=0.1,0.3", "--seeds", "2", "--seed", seed, "--until", "gap<=0.5", "--json",
                                 "-o", "\(tag).csv", "--traces", "traces"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            return (r.stdout, try Data(contentsOf: dir.appendingPathComponent("\(tag).csv")),
                    try Data(contentsOf: dir.appendingPathComponent("traces/4-decspg-eta=0.3-seed\(UInt64(seed)! + 1).jsonl")))
        }
        let first = try sweep("11", "a"), second = try sweep("11", "b"), other = try sweep("12", "c")
        #expect(first.json == second.json)
        #expect(first.csv == second.csv)
        #expect(first.trace == second.trace)
        // The settings record the seed, so compare what the runs measured.
        func objectives(_ json: Data) throws -> [Double?] {
            Self.array(T.member(try JSONParser.parse(json), "rows")).map { T.number(T.member(T.member($0, "final"), "objective")) }
        }
        #expect(try objectives(first.json) != objectives(other.json))
    }
}
