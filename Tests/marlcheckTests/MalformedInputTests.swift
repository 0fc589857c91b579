import Foundation
import Testing

/// Every malformed file is refused with exit code 2, a message naming the file, the JSON path
/// and the rule, nothing on standard output, and no output file (an existing one is untouched).
@Suite("malformed input")
struct MalformedInputTests {
    /// (fixture, JSON path, words of the rule). Paths and rules are what each file breaks, by
    /// construction of the file.
    static let games: [(String, String, String)] = [
        ("game-nonfinite-probability.json", "transitions[0][1][0]", "probability inf is not finite"),
        ("game-negative-probability.json", "transitions[1][2][1]", "probability -0.5 is negative"),
        ("game-row-sum.json", "transitions[0][2]", "probabilities sum to 0.95, must sum to 1"),
        ("game-gamma.json", "gamma", "must lie in [0, 1)"),
        ("game-initial.json", "initial", "probabilities sum to 1.2, must sum to 1"),
        ("game-dimensions.json", "transitions[1]", "has 5 entries, expected 4 (one per joint action a)"),
        ("game-empty-actions.json", "agents[1].actions", "has an empty action set"),
        ("game-missing-field.json", "initial", "is missing"),
        ("game-unknown-field.json", "gama", "unknown field"),
        ("game-format-version.json", "format", "version 'marlcheck.game/2' is not supported"),
        ("game-both-rewards.json", "rewardsPerAgent", "not both"),
        ("game-size-guard.json", "transitions", "30·343000·30 = 308700000 entries (2.3 GiB) exceeds the limit"),
        ("game-wrong-type.json", "gamma", "expected a number, found a string"),
        ("game-nonfinite-reward.json", "rewards[1][2]", "reward -inf is not finite"),
        ("game-graph-nodes.json", "graph.nodes", "must have one node per state"),
        ("game-per-agent-count.json", "rewardsPerAgent", "has 1 tables for 2 agents"),
        ("game-interval-points.json", "agents[0].interval.points", "3 points but 2 actions"),
        // A syntax error has no JSON path; the place is the line and column (the closing brace
        // after the trailing comma is on line 36).
        ("game-invalid-json.json", "invalid JSON at line 36, column 1", "expected a key string"),
    ]

    static let policies: [(String, String, String)] = [
        ("policy-row-not-distribution.json", "tables[1][0]", "probabilities sum to 1.4, must sum to 1"),
        ("policy-negative.json", "table[1][2]", "probability -0.25 is negative"),
        ("policy-kind.json", "kind", "is 'mixed', expected 'product', 'conditional' or 'joint'"),
        ("policy-order.json", "order", "is not a permutation"),
        ("policy-shape.json", "tables[0]", "has 3 entries, expected 2 (one per state)"),
        ("policy-format.json", "format", "expected 'marlcheck.policy/1'"),
    ]

    func expectRefused(_ result: CLI.Result, file: String, path: String, rule: String) {
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("marlcheck: error: \(file): \(path)"), "\(result.stderr)")
        #expect(result.stderr.contains(rule), "\(result.stderr)")
    }

    @Test("malformed game files", arguments: games)
    func malformedGame(fixture: String, path: String, rule: String) throws {
        let dir = try CLI.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = CLI.fixtures.appendingPathComponent(fixture).path
        let fresh = dir.appendingPathComponent("out.json")
        expectRefused(try CLI.run(["games", "show", file, "-o", fresh.path], in: dir), file: file, path: path, rule: rule)
        #expect(!FileManager.default.fileExists(atPath: fresh.path))
        let existing = dir.appendingPathComponent("existing.json")
        try Data("keep\n".utf8).write(to: existing)
        expectRefused(try CLI.run(["games", "show", file, "-o", existing.path], in: dir), file: file, path: path, rule: rule)
        #expect(try Data(contentsOf: existing) == Data("keep\n".utf8))
        expectRefused(try CLI.run(["games", "validate", file], in: dir), file: file, path: path, rule: rule)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["existing.json"])
    }

    @Test("malformed policy files", arguments: policies)
    func malformedPolicy(fixture: String, path: String, rule: String) throws {
        let result = try CLI.run(["games", "validate", "valid-game.json", "--policy", fixture], in: CLI.fixtures)
        expectRefused(result, file: fixture, path: path, rule: rule)
    }

    @Test("at least 12 distinct malformed files, each tested above")
    func coverage() throws {
        let tested = Set(Self.games.map(\.0) + Self.policies.map(\.0))
        let malformed = try CLI.fixtureNames().filter { !$0.hasPrefix("valid-") }
        #expect(Set(malformed) == tested)
        #expect(tested.count >= 12)
        // Distinct contents.
        let contents = try Set(malformed.map { try Data(contentsOf: CLI.fixtures.appendingPathComponent($0)) })
        #expect(contents.count == malformed.count)
    }

    @Test("games export refuses bad parameters and writes nothing", arguments: [
        (["distancing", "--param", "gamma=1"], "--param gamma", "γ = 1.0 must lie in [0, 1)"),
        (["distancing", "--param", "weights=1,2,4"], "--param weights", "3 weights for 4 facilities"),
        (["penalty", "--param", "k=5"], "--param k", "must be ≤ 0"),
        (["climbing", "--param", "size=3"], "--param size", "'climbing' has no parameter 'size'"),
        (["ltde-network", "--param", "graph=star"], "--param graph", "'star' is not one of path, ring, grid"),
        (["ddpl-ma", "--param", "agents=4"], "transitions", "exceeds the limit"),
        (["no-such-game"], "NAME", "no game named 'no-such-game'"),
    ])
    func badParameters(arguments: [String], path: String, rule: String) throws {
        let dir = try CLI.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["games", "export"] + arguments + ["-o", "game.json"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("marlcheck: error: \(path): "), "\(result.stderr)")
        #expect(result.stderr.contains(rule), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
