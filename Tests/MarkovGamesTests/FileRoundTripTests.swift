import GSLKit
import Testing
@testable import MarkovGames

/// GameFile and PolicyFile round trips for every named builder at its defaults:
/// encode → text → parse → decode gives an equal value, and encoding it again gives the same bytes.
@Suite("File round trips")
struct FileRoundTripTests {
    static let builderNames = GameCatalog.builders.map(\.name)

    @Test("game file round trip", arguments: builderNames)
    func gameRoundTrip(name: String) throws {
        let game = try GameCatalog.builder(named: name).build(seed: 11)
        let text = JSONWriter.pretty(GameFile.encode(game))
        let back = try GameFile.decode(JSONParser.parse(text))
        #expect(back == game)
        #expect(JSONWriter.pretty(GameFile.encode(back)) == text)
        #expect(back.source == game.source)
    }

    @Test("policy file round trip: product, conditional (random order) and joint", arguments: builderNames)
    func policyRoundTrip(name: String) throws {
        let game = try GameCatalog.builder(named: name).build(seed: 11)
        let rng = RandomSource(seed: 2024)
        let policies: [Policy] = [
            .product(randomProductPolicy(game, rng: rng)),
            .conditional(randomConditionalPolicy(game, order: rng.permutation(game.agentCount), rng: rng)),
            .joint(randomJointPolicy(game, rng: rng)),
        ]
        for policy in policies {
            let text = JSONWriter.pretty(PolicyFile.encode(policy, game: game))
            let back = try PolicyFile.decode(JSONParser.parse(text), game: game)
            #expect(back == policy)
            #expect(JSONWriter.pretty(PolicyFile.encode(back, game: game)) == text)
        }
    }

    @Test("the same seed gives the same bytes; random builders change with the seed", arguments: builderNames)
    func seeding(name: String) throws {
        let builder = try GameCatalog.builder(named: name)
        let a = JSONWriter.pretty(GameFile.encode(try builder.build(seed: 5)))
        let b = JSONWriter.pretty(GameFile.encode(try builder.build(seed: 5)))
        let five = try builder.build(seed: 5), six = try builder.build(seed: 6)
        #expect(a == b)
        if builder.isRandom {
            #expect(six.transitions != five.transitions || six.rewards != five.rewards)
        } else {
            #expect(six == five)
        }
    }

    @Test("the file records the command that rebuilds the game", arguments: builderNames)
    func provenance(name: String) throws {
        let builder = try GameCatalog.builder(named: name)
        let game = try builder.build(seed: 9)
        let source = try #require(game.source)
        #expect(source.hasPrefix("marlcheck games export \(name)"))
        #expect(source.contains(builder.citation))
        for p in builder.parameters { #expect(source.contains("--param \(p.name)=\(p.defaultValue)")) }
        #expect(source.contains("--seed 9") == builder.isRandom)
    }
}
