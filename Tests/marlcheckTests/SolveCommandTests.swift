import Foundation
import MarkovGames
import Testing

/// `marlcheck solve`, run as a process: the built `marlcheck` sits next to the test bundle.
@Suite struct SolveCommandTests {
    private struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    private static func binary() throws -> URL {
        // On Linux Bundle.main.bundleURL is the folder of the test executable; on macOS it is the
        // .xctest bundle, whose folder holds the products; arguments[0] is the executable itself.
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for folder in candidates {
            let url = folder.appendingPathComponent("marlcheck")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "marlcheck next to \(candidates.map(\.path))"])
    }

    private static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    private static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("marlcheck-solve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static func number(_ value: JSONValue?) -> Double? {
        if case .number(let x)? = value { return x }
        return nil
    }

    private static func numbers(_ value: JSONValue?) -> [Double]? {
        guard case .array(let items)? = value else { return nil }
        let xs = items.compactMap { number($0) }
        return xs.count == items.count ? xs : nil
    }

    @Test func jsonHasTheDocumentedKeysAndIsDeterministic() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let game = folder.appendingPathComponent("game.json").path
        let export = try Self.run(["games", "export", "random-identical-interest", "--param", "agents=3", "--param", "states=5",
                                   "--seed", "11", "-o", game])
        #expect(export.status == 0, "\(export.stderr)")
        let first = try Self.run(["solve", game, "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        let second = try Self.run(["solve", game, "--json"])
        #expect(first.stdout == second.stdout)
        guard case .object(let o) = try JSONParser.parse(first.stdout) else {
            Issue.record("solve --json did not print an object")
            return
        }
        for key in ["J", "V", "optimalJ", "neGap", "neGapPerAgent", "residual", "residualTolerance", "policyKind"] {
            #expect(o[key] != nil, "missing key \(key)")
        }
        #expect(o["policyKind"] == .string("product"))
        #expect(Self.numbers(o["V"])?.count == 5)
        let perAgent = try #require(Self.numbers(o["neGapPerAgent"]))
        #expect(perAgent.count == 3)
        #expect(Self.number(o["neGap"]) == perAgent.max())
        let residual = try #require(Self.number(o["residual"])), tolerance = try #require(Self.number(o["residualTolerance"]))
        #expect(residual <= tolerance)
        let j = try #require(Self.number(o["J"])), optimal = try #require(Self.number(o["optimalJ"]))
        #expect(optimal >= j)
    }

    /// A one-state game with per-agent rewards, by hand: γ = ½, r₁ = 1 at (a₁,a₂) = (0,0) else 0,
    /// r₂ = 1 at (1,1) else 0. Under the uniform product policy r_i,π = ¼, so J_i = ¼/(1−½) = ½.
    /// Each agent's optimum in the joint MDP with its reward is 1/(1−½) = 2. Agent 1's best response
    /// to a uniform agent 2 is action 0, worth ½·1/(1−½) = 1: NE-gap₁ = ½, and likewise NE-gap₂ = ½.
    @Test func perAgentRewardsByHand() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let game = folder.appendingPathComponent("game.json").path
        try """
        {"format": "marlcheck.game/1", "name": "hand", "gamma": 0.5, "states": ["s"],
         "agents": [{"name": "row", "actions": ["x", "y"]}, {"name": "column", "actions": ["x", "y"]}],
         "initial": [1], "transitions": [[[1], [1], [1], [1]]],
         "rewardsPerAgent": [[[1, 0, 0, 0]], [[0, 0, 0, 1]]]}
        """.write(toFile: game, atomically: true, encoding: .utf8)
        let run = try Self.run(["solve", game, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        guard case .object(let o) = try JSONParser.parse(run.stdout) else {
            Issue.record("solve --json did not print an object")
            return
        }
        #expect(o["rewards"] == .string("perAgent"))
        let close = { (x: [Double]?, y: [Double]) -> Bool in
            guard let x, x.count == y.count else { return false }
            return zip(x, y).allSatisfy { abs($0 - $1) <= 1e-14 }
        }
        #expect(close(Self.numbers(o["J"]), [0.5, 0.5]))
        #expect(close(Self.numbers(o["optimalJ"]), [2, 2]))
        #expect(close(Self.numbers(o["neGapPerAgent"]), [0.5, 0.5]))
        #expect(close(Self.numbers(o["bestResponseJ"]), [1, 1]))
    }

    @Test func conditionalPolicyHasNoNashGapButSaysWhy() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let game = folder.appendingPathComponent("game.json").path, policy = folder.appendingPathComponent("policy.json").path
        _ = try Self.run(["games", "export", "random-identical-interest", "--param", "states=2", "-o", game])
        try """
        {"format": "marlcheck.policy/1", "kind": "conditional", "order": [1, 0],
         "tables": [[[[0.5, 0.5]], [[0.5, 0.5]]], [[[0.2, 0.8], [0.9, 0.1]], [[1, 0], [0, 1]]]]}
        """.write(toFile: policy, atomically: true, encoding: .utf8)
        let run = try Self.run(["solve", game, "--policy", policy, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        guard case .object(let o) = try JSONParser.parse(run.stdout) else {
            Issue.record("solve --json did not print an object")
            return
        }
        #expect(o["policyKind"] == .string("conditional"))
        #expect(o["neGap"] == .null)
        #expect(o["neGapPerAgent"] == .null)
        guard case .string(let note)? = o["neGapNote"] else {
            Issue.record("neGapNote is not a string")
            return
        }
        #expect(note.contains("product policies only"))
    }

    @Test func malformedPolicyExitsTwoNamingFileAndField() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let game = folder.appendingPathComponent("game.json").path, policy = folder.appendingPathComponent("policy.json").path
        _ = try Self.run(["games", "export", "random-identical-interest", "--param", "states=2", "-o", game])
        try """
        {"format": "marlcheck.policy/1", "kind": "product", "tables": [[[0.5, 0.5], [0.5, 0.5]], [[0.5, 0.5], [0.7, 0.7]]]}
        """.write(toFile: policy, atomically: true, encoding: .utf8)
        let run = try Self.run(["solve", game, "--policy", policy, "--json"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(policy))
        #expect(run.stderr.contains("tables[1][1]"))
    }
}
