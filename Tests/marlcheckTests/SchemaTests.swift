import Foundation
import MarkovGames
import Testing

/// The JSON Schemas in docs/schemas agree with the Swift reader on the keys: every file the reader
/// accepts has the keys the schema requires and no key the schema does not list. (No JSON-Schema
/// validator is used; only `required`, `properties` and the reward/kind alternatives are read.)
@Suite("JSON Schemas")
struct SchemaTests {
    static func schema(_ name: String) throws -> JSONValue {
        try JSONParser.parse(Data(contentsOf: CLI.packageRoot.appendingPathComponent("docs/schemas/\(name)")))
    }

    static func member(_ value: JSONValue, _ key: String) -> JSONValue? {
        guard case .object(let o) = value else { return nil }
        return o[key]
    }

    /// The value at a path of object keys.
    static func member(_ value: JSONValue, path: [String]) -> JSONValue? {
        path.reduce(Optional(value)) { v, key in v.flatMap { member($0, key) } }
    }

    static func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let a)? = value else { return [] }
        return a.compactMap { if case .string(let s) = $0 { s } else { nil } }
    }

    static func keys(_ value: JSONValue) -> [String] {
        guard case .object(let o) = value else { return [] }
        return o.keys
    }

    /// The object `value` has every key `schema` requires and only keys it lists in `properties`.
    static func expectKeys(_ value: JSONValue, _ schema: JSONValue, _ place: String) {
        let present = Set(keys(value))
        let required = strings(member(schema, "required"))
        let listed = Set(member(schema, "properties").map(keys) ?? [])
        #expect(!required.isEmpty || !listed.isEmpty, "\(place): the schema part is empty")
        for key in required { #expect(present.contains(key), "\(place): missing required key \(key)") }
        for key in present { #expect(listed.contains(key), "\(place): key \(key) is not in the schema") }
    }

    static func expectGameKeys(_ file: JSONValue, _ place: String) throws {
        let schema = try Self.schema("game.schema.json")
        expectKeys(file, schema, place)
        guard case .array(let alternatives)? = member(schema, "oneOf") else { Issue.record("game schema has no oneOf"); return }
        let met = alternatives.filter { alt in strings(member(alt, "required")).allSatisfy(Set(keys(file)).contains) }
        #expect(met.count == 1, "\(place): exactly one reward kind")
        let agentSchema = try #require(member(schema, path: ["properties", "agents", "items"]))
        guard case .array(let agents)? = member(file, "agents") else { Issue.record("\(place): no agents"); return }
        for (i, agent) in agents.enumerated() {
            expectKeys(agent, agentSchema, "\(place) agents[\(i)]")
            if let interval = member(agent, "interval") {
                let intervalSchema = try #require(member(agentSchema, path: ["properties", "interval"]))
                expectKeys(interval, intervalSchema, "\(place) agents[\(i)].interval")
            }
        }
        for part in ["graph", "population"] {
            if let value = member(file, part) {
                expectKeys(value, try #require(member(schema, path: ["properties", part])), "\(place) \(part)")
            }
        }
    }

    static func expectPolicyKeys(_ file: JSONValue, _ place: String) throws {
        let schema = try Self.schema("policy.schema.json")
        expectKeys(file, schema, place)
        guard case .string(let kind)? = member(file, "kind"), case .array(let branches)? = member(schema, "oneOf") else {
            Issue.record("\(place): no kind, or the schema has no oneOf"); return
        }
        let branch = branches.first { member($0, path: ["properties", "kind", "const"]) == .string(kind) }
        let chosen = try #require(branch, "\(place): no schema branch for kind \(kind)")
        for key in strings(member(chosen, "required")) { #expect(keys(file).contains(key), "\(place): kind \(kind) requires \(key)") }
    }

    @Test("every fixture the reader accepts has the schema's keys")
    func fixtures() throws {
        let game = try GameFile.load(CLI.fixtures.appendingPathComponent("valid-game.json").path)
        var accepted = (games: 0, policies: 0)
        for name in try CLI.fixtureNames() {
            guard let value = try? JSONParser.parse(Data(contentsOf: CLI.fixtures.appendingPathComponent(name))),
                  case .string(let format)? = Self.member(value, "format") else { continue }
            if format.hasPrefix("marlcheck.game"), (try? GameFile.decode(value)) != nil {
                try Self.expectGameKeys(value, name)
                accepted.games += 1
            }
            if format.hasPrefix("marlcheck.policy"), (try? PolicyFile.decode(value, game: game)) != nil {
                try Self.expectPolicyKeys(value, name)
                accepted.policies += 1
            }
        }
        // The valid-* fixtures: three games and three policies (one of each kind).
        #expect(accepted.games == 3 && accepted.policies == 3)
    }

    @Test("every builder's game file has the schema's keys", arguments: GameCatalog.builders.map(\.name))
    func builders(name: String) throws {
        let game = try GameCatalog.builder(named: name).build(overrides: name == "distancing" ? ["agents": "3"] : [:])
        try Self.expectGameKeys(GameFile.encode(game), name)
    }
}
