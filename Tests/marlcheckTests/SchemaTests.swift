import Claims
import Foundation
import MarkovGames
import Reports
import Testing

/// The JSON Schemas in docs/schemas agree with the Swift readers and writers: every file the
/// reader accepts, and every file MARLCheck writes, has the keys the schema requires and no key the
/// schema does not list; written files also have the values' types and enumerations. (No
/// JSON-Schema validator is used; only the parts of a schema named in `expectConforms` are read.)
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

    /// The schema part `part` stands for: itself, or the `$defs` entry of `root` its local `$ref` names.
    static func resolved(_ part: JSONValue, in root: JSONValue) -> JSONValue {
        guard case .string(let ref)? = member(part, "$ref"), ref.hasPrefix("#/$defs/") else { return part }
        return member(root, path: ["$defs", String(ref.dropFirst("#/$defs/".count))]) ?? part
    }

    static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("number", .number), ("array", .array), ("object", .object): true
        case ("integer", .number(let x)): x == x.rounded()
        default: false
        }
    }

    /// Whether `value` meets the `enum`, `const`, `type`, `minimum`, `minItems`, `maxItems` and
    /// `oneOf` (exactly one alternative) of `part`; members and items are not looked into.
    static func admits(_ value: JSONValue, _ part: JSONValue, in root: JSONValue) -> Bool {
        let part = resolved(part, in: root)
        if case .array(let allowed)? = member(part, "enum"), !allowed.contains(value) { return false }
        if let constant = member(part, "const"), constant != value { return false }
        let types: [String] = switch member(part, "type") {
        case .string(let t)?: [t]
        case let t?: strings(t)
        case nil: []
        }
        if !types.isEmpty, !types.contains(where: { has(value, type: $0) }) { return false }
        if case .number(let x) = value, case .number(let lower)? = member(part, "minimum"), x < lower { return false }
        if case .array(let items) = value {
            if case .number(let n)? = member(part, "minItems"), Double(items.count) < n { return false }
            if case .number(let n)? = member(part, "maxItems"), Double(items.count) > n { return false }
        }
        if case .array(let alternatives)? = member(part, "oneOf") {
            return alternatives.filter { admits(value, $0, in: root) }.count == 1
        }
        return true
    }

    /// `value` conforms to the part `part` of the schema `root`, as far as these tests read
    /// schemas: a `$ref` into `root`'s `$defs` is followed, one to the game or policy schema is
    /// checked by `expectGameKeys` or `expectPolicyKeys`; the value must be admitted (`admits`);
    /// an object must have the keys of `expectKeys` and those `dependentRequired` asks for, and
    /// every member conforms to its property (or to `additionalProperties`); every item of an
    /// array conforms to `items`.
    static func expectConforms(_ value: JSONValue, _ part: JSONValue, in root: JSONValue, _ place: String) throws {
        if case .string(let ref)? = member(part, "$ref"), !ref.hasPrefix("#") {
            switch ref {
            case "game.schema.json": try expectGameKeys(value, place)
            case "policy.schema.json": try expectPolicyKeys(value, place)
            default: Issue.record("\(place): no check for the schema \(ref)")
            }
            return
        }
        let part = resolved(part, in: root)
        #expect(admits(value, part, in: root), "\(place): \(String(describing: value).prefix(200)) is not allowed by the schema")
        switch value {
        case .object(let o):
            if member(part, "properties") != nil { expectKeys(value, part, place) }
            if case .object(let dependencies)? = member(part, "dependentRequired") {
                for key in dependencies.keys where o[key] != nil {
                    for needed in strings(dependencies[key]) { #expect(o[needed] != nil, "\(place): \(key) needs \(needed)") }
                }
            }
            for (key, v) in o.entries {
                if let p = member(part, path: ["properties", key]) ?? member(part, "additionalProperties"), p != .bool(false) {
                    try expectConforms(v, p, in: root, "\(place).\(key)")
                }
            }
        case .array(let items):
            if let p = member(part, "items") {
                for (i, v) in items.enumerated() { try expectConforms(v, p, in: root, "\(place)[\(i)]") }
            }
        default:
            break
        }
    }

    /// A results document, a partial file or one result, against the branch of the results
    /// schema's `oneOf` whose `format` constant is the document's (none for a single result).
    static func expectResultsDocument(_ value: JSONValue, _ place: String) throws {
        let schema = try Self.schema("results.schema.json")
        guard case .array(let branches)? = member(schema, "oneOf") else { Issue.record("results schema has no oneOf"); return }
        let format = member(value, "format")
        let chosen = branches.map { resolved($0, in: schema) }.filter { member($0, path: ["properties", "format", "const"]) == format }
        try #require(chosen.count == 1, "\(place): no single schema branch for format \(String(describing: format))")
        try expectConforms(value, chosen[0], in: schema, place)
    }

    static func expectCounterexample(_ value: JSONValue, _ place: String) throws {
        let schema = try Self.schema("counterexample.schema.json")
        try expectConforms(value, schema, in: schema, place)
    }

    /// The JSON files in `folder` (none if it does not exist), parsed, by name.
    static func jsonFiles(in folder: URL) throws -> [(name: String, value: JSONValue)] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted().map { name in
            (name, try JSONParser.parse(Data(contentsOf: folder.appendingPathComponent(name))))
        }
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

    @Test("the schemas' enumerations and non-finite spellings are the code's")
    func enumerations() throws {
        let results = try Self.schema("results.schema.json")
        let result = try #require(Self.member(results, path: ["$defs", "result", "properties"]))
        func values(_ part: JSONValue?) -> Set<String> { Set(Self.strings(part.flatMap { Self.member($0, "enum") })) }
        #expect(values(Self.member(result, "verdict")) == Set(Verdict.allCases.map(\.rawValue)))
        #expect(values(Self.member(result, "kind")) == Set(ClaimKind.allCases.map(\.rawValue)))
        #expect(values(Self.member(result, "paper")) == Set(Paper.allCases.map(\.rawValue)))
        #expect(values(Self.member(result, path: ["rate", "properties", "kind"])) == Set(RateObservation.Kind.allCases.map(\.rawValue)))
        #expect(values(Self.member(results, path: ["$defs", "comparison", "properties", "relation"])) == Set(Relation.allCases.map(\.rawValue)))
        let counterexample = try Self.schema("counterexample.schema.json")
        #expect(values(Self.member(counterexample, path: ["properties", "relation"])) == Set(Relation.allCases.map(\.rawValue)))
        // Numbers JSON cannot hold are written by `JSONValue.real` as strings; both schemas admit them.
        for schema in [results, counterexample] {
            let real = try #require(Self.member(schema, path: ["$defs", "real"]))
            for x in [0.5, -3, Double.infinity, -Double.infinity, Double.nan] {
                #expect(Self.admits(JSONValue.real(x), real, in: schema), "\(x) written as \(JSONValue.real(x))")
            }
            #expect(!Self.admits(.string("inf"), real, in: schema))
        }
    }

    @Test("every committed counterexample conforms to the schema, its game and policies included")
    func committedCounterexamples() throws {
        let files = try Self.jsonFiles(in: CLI.packageRoot.appendingPathComponent("counterexamples"))
        #expect(!files.isEmpty)
        for (name, value) in files { try Self.expectCounterexample(value, name) }
    }

    /// Real output of `check --json` (several claims, one claim, a re-checked counterexample), of
    /// `report` (results.json and its counterexamples) and of the .partial writer. The claims are
    /// quick ones (each well under a second in a debug build): a proof whose steps include
    /// violated identities, a rate claim, a not-checkable claim, the committed counterexample of a
    /// step that has series, residuals and failing steps, and a monotone claim on a game.
    @Test("check --json, report and .partial output conform to the results and counterexample schemas")
    func writtenResults() throws {
        let dir = try CLI.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let saved = CLI.packageRoot.appendingPathComponent("counterexamples/mfppo.thm4.1__step2.unnormalized.json").path
        let runs: [[String]] = [
            ["check", "mfppo.prop2.1b/", "--instances", "1"],
            ["check", "mfppo.asm4.2", "--instances", "1"],
            ["check", "mfppo.asmE.3"],
            ["check", "mfppo.thm4.1/step2.unnormalized", "--instance", saved],
        ]
        var documents: [(place: String, value: JSONValue)] = []
        for arguments in runs {
            let r = try CLI.run(arguments + ["--json"], in: dir)
            #expect(r.status == 0, "\(arguments): \(r.stderr)")
            documents.append((arguments.joined(separator: " "), try JSONParser.parse(r.stdout)))
        }
        let report = try CLI.run(["report", "mfppo.prop2.1b/", "mfppo.asm4.2", "ddpl.sec4.1.d4", "-o", "out", "--instances", "1"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        let out = dir.appendingPathComponent("out")
        let resultsPath = out.appendingPathComponent("results.json").path
        documents.append(("results.json", try FileIO.readJSON(resultsPath)))
        let (settings, results) = try ResultsFile.load(resultsPath)
        let partial = PartialResults(reportDirectory: out.path)
        for result in results { try partial.save(result, settings: settings) }
        for (name, value) in try Self.jsonFiles(in: out.appendingPathComponent(".partial")) {
            documents.append((".partial/" + name, value))
        }
        #expect(documents.count == runs.count + 1 + results.count)

        var keysSeen = Set<String>()
        for (place, value) in documents {
            try Self.expectResultsDocument(value, place)
            let objects: [JSONValue] = switch (Self.member(value, "results"), Self.member(value, "result")) {
            case (.array(let rs)?, _): rs
            case (_, let r?): [r]
            default: [value]
            }
            for object in objects { keysSeen.formUnion(Self.keys(object)) }
        }
        // Coverage of the test itself, not a verdict under test: between them the outputs have every
        // key a result may have (worst, rate, series, violatedSteps, … come only with some
        // verdicts), so every part of the result schema was compared with real output. Should a
        // change to a check remove one, pick another quick claim above that has it.
        let listed = Self.keys(try #require(Self.member(try Self.schema("results.schema.json"), path: ["$defs", "result", "properties"])))
        #expect(Set(listed).subtracting(keysSeen).isEmpty, "no output had \(Set(listed).subtracting(keysSeen).sorted())")

        let written = try Self.jsonFiles(in: dir.appendingPathComponent("counterexamples"))
            + Self.jsonFiles(in: out.appendingPathComponent("counterexamples"))
        // Coverage again: the embedded game and policies were compared with their schemas.
        #expect(written.contains { Self.member($0.value, path: ["instance", "game"]) != nil }, "no counterexample with a game was written")
        for (name, value) in written { try Self.expectCounterexample(value, "written " + name) }
    }
}
