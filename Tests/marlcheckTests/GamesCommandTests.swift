import Foundation
import MarkovGames
import Testing

@Suite("marlcheck games")
struct GamesCommandTests {
    @Test("the marlcheck executable is found next to the test runner")
    func executableFound() {
        #expect(CLI.executable != nil, "looked in \(Bundle.main.bundleURL.path) and \(CommandLine.arguments[0])")
    }

    @Test("games list prints one builder per line, the name first, every builder")
    func list() throws {
        let dir = try CLI.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["games", "list"], in: dir)
        #expect(result.status == 0)
        let names = result.stdoutText.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        #expect(names == GameCatalog.builders.map(\.name))
        for expected in ["random-identical-interest", "random-potential", "distancing", "ratio-game", "ddpl-sa", "ddpl-ma",
                         "climbing", "penalty", "anti-coordination", "ltde-network", "mfppo-population"] {
            #expect(names.contains(expected))
        }
    }

    @Test("games export NAME -o F, then games show F --json prints F's bytes", arguments: GameCatalog.builders.map(\.name))
    func exportShowRoundTrip(name: String) throws {
        let dir = try CLI.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let export = try CLI.run(["games", "export", name, "--seed", "17", "-o", "game.json"], in: dir)
        #expect(export.status == 0, "\(export.stderr)")
        let written = try Data(contentsOf: dir.appendingPathComponent("game.json"))
        let show = try CLI.run(["games", "show", "game.json", "--json"], in: dir)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout == written)
        let copy = try CLI.run(["games", "show", "game.json", "-o", "copy.json"], in: dir)
        #expect(copy.status == 0)
        #expect(try Data(contentsOf: dir.appendingPathComponent("copy.json")) == written)
        // The same command and seed give the same bytes.
        _ = try CLI.run(["games", "export", name, "--seed", "17", "-o", "again.json"], in: dir)
        #expect(try Data(contentsOf: dir.appendingPathComponent("again.json")) == written)
    }

    @Test("valid fixtures are accepted", arguments: [
        ["games", "validate", "valid-game.json"],
        ["games", "validate", "valid-game-per-agent.json"],
        ["games", "validate", "valid-game-interval.json"],
        ["games", "validate", "valid-game.json", "--policy", "valid-policy.json"],
        ["games", "validate", "valid-game.json", "--policy", "valid-policy-conditional.json"],
        ["games", "validate", "valid-game.json", "--policy", "valid-policy-joint.json"],
    ])
    func validFixtures(arguments: [String]) throws {
        let result = try CLI.run(arguments, in: CLI.fixtures)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }
}
