import GSLKit
import PropertyBased
import Testing
@testable import MarkovGames

/// A random JSON value of bounded depth: strings with quotes, backslashes, control characters and
/// non-ASCII scalars; numbers integral, fractional, tiny and huge.
func randomJSON(_ rng: RandomSource, depth: Int) -> JSONValue {
    let kind = depth == 0 ? rng.integer(below: 4) : rng.integer(below: 6)
    switch kind {
    case 0: return .null
    case 1: return .bool(rng.uniform() < 0.5)
    case 2:
        switch rng.integer(below: 4) {
        case 0: return .number(Double(rng.integer(in: -1_000_000...1_000_000)))
        case 1: return .number(rng.normal())
        case 2: return .number(rng.normal() * 1e-300)
        default: return .number(rng.normal() * 1e300)
        }
    case 3:
        let alphabet: [Character] = ["a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u{01}", "\u{1F}", "é", "γ", "→", "𝒔", "😀"]
        return .string(String((0..<rng.integer(below: 12)).map { _ in alphabet[rng.integer(below: alphabet.count)] }))
    case 4:
        return .array((0..<rng.integer(below: 5)).map { _ in randomJSON(rng, depth: depth - 1) })
    default:
        var o = JSONObject()
        for k in 0..<rng.integer(below: 5) { o["key\(k)-\(rng.integer(below: 3))"] = randomJSON(rng, depth: depth - 1) }
        return .object(o)
    }
}

@Suite("JSON parser and writer")
struct JSONTests {
    @Test("pretty and compact text parse back to the same value, and re-serialise to the same bytes")
    func roundTrip() async {
        await propertyCheck(count: 300, input: Gen.uint64(in: 0...UInt64.max)) { seed in
            let value = randomJSON(RandomSource(seed: seed), depth: 4)
            for text in [JSONWriter.pretty(value), JSONWriter.compact(value)] {
                let parsed = try? JSONParser.parse(text)
                #expect(parsed == value)
                if let parsed { #expect(JSONWriter.pretty(parsed) == JSONWriter.pretty(value)) }
            }
        }
    }

    @Test("numbers keep every bit through text")
    func numbersExact() async {
        await propertyCheck(count: 500, input: Gen.uint64(in: 0...UInt64.max)) { bits in
            let x = Double(bitPattern: bits)
            guard x.isFinite else { return }
            let parsed = try? JSONParser.parse(JSONWriter.compact(.number(x)))
            guard case .number(let y)? = parsed else { Issue.record("\(x) did not parse back"); return }
            #expect(y.bitPattern == x.bitPattern || (x == 0 && y == 0))
        }
    }

    /// Positions counted by hand: line 1-based, column 1-based in bytes.
    @Test("syntax errors report line and column", arguments: [
        ("{\n  \"a\": [1, 2,, 3]\n}", "line 2, column 14", "expected a value"),
        ("{} x", "line 1, column 4", "unexpected text after the JSON value"),
        ("{\"a\": 1, \"a\": 2}", "line 1, column 15", "duplicate key \"a\""),
        ("[1, 2\n", "line 2, column 1", "unexpected end of input in an array"),
        ("{\"a\" 1}", "line 1, column 6", "expected ':' after key \"a\""),
        ("[\"abc]", "line 1, column 7", "unterminated string"),
        ("[01]", "line 1, column 3", "expected ',' or ']' in an array"),
        ("[tru]", "line 1, column 2", "expected 'true'"),
    ])
    func syntaxErrors(text: String, position: String, what: String) {
        #expect {
            _ = try JSONParser.parse(text)
        } throws: { error in
            guard let e = error as? ModelError else { return false }
            return e.path.isEmpty && e.rule == "invalid JSON at \(position): \(what)"
        }
    }

    @Test("reader errors name the JSON path of the offending value")
    func readerPaths() throws {
        let value = try JSONParser.parse(#"{"a": {"b": [[1, 2], [3, "x"]]}, "c": "s"}"#)
        let root = JSONReader(value)
        #expect(throws: ModelError(path: "a.b[1][1]", "expected a number, found a string")) {
            _ = try root.field("a").field("b").flatNumbers(shape: [2, 2], names: ["row", "column"])
        }
        #expect(throws: ModelError(path: "a.b[0]", "has 2 entries, expected 3 (one per column)")) {
            _ = try root.field("a").field("b").flatNumbers(shape: [2, 3], names: ["row", "column"])
        }
        #expect(throws: ModelError(path: "a.missing", "is missing")) { _ = try root.field("a").field("missing") }
        #expect(throws: ModelError(path: "c", "expected a number, found a string")) { _ = try root.field("c").number() }
    }
}
