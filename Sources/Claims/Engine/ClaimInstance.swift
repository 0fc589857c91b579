import MarkovGames

/// One instance of a claim's class: everything its measurement depends on, and nothing else,
/// so that a saved instance re-checks to the same numbers.
///
/// A game (optional), named policies on it, named reals, whole numbers and vectors, and a seed
/// for claims that draw samples inside their measurement.
public struct ClaimInstance: Sendable, Equatable {
    public var game: Game?
    public var policies: [String: Policy]
    public var scalars: [String: Double]
    public var integers: [String: Int]
    public var vectors: [String: [Double]]
    public var seed: UInt64

    public init(game: Game? = nil, policies: [String: Policy] = [:], scalars: [String: Double] = [:],
                integers: [String: Int] = [:], vectors: [String: [Double]] = [:], seed: UInt64 = 0) {
        self.game = game
        self.policies = policies
        self.scalars = scalars
        self.integers = integers
        self.vectors = vectors
        self.seed = seed
    }

    /// The game; a claim whose family always makes one may rely on it.
    public func requireGame() throws -> Game {
        guard let game else { throw ClaimError.missing("game") }
        return game
    }

    public func scalar(_ name: String) throws -> Double {
        guard let v = scalars[name] else { throw ClaimError.missing("scalar '\(name)'") }
        return v
    }

    public func integer(_ name: String) throws -> Int {
        guard let v = integers[name] else { throw ClaimError.missing("integer '\(name)'") }
        return v
    }

    public func vector(_ name: String) throws -> [Double] {
        guard let v = vectors[name] else { throw ClaimError.missing("vector '\(name)'") }
        return v
    }

    public func policy(_ name: String) throws -> Policy {
        guard let p = policies[name] else { throw ClaimError.missing("policy '\(name)'") }
        return p
    }

    /// A product policy by name (fails for the other kinds).
    public func productPolicy(_ name: String) throws -> ProductPolicy {
        guard case .product(let p) = try policy(name) else { throw ClaimError.missing("product policy '\(name)'") }
        return p
    }

    /// A size used to order instances when shrinking: |S|·|A| plus the vector lengths.
    var size: Int {
        (game.map { $0.stateCount * $0.jointActionCount } ?? 0) + vectors.values.reduce(0) { $0 + $1.count }
    }
}

/// Why a claim's measurement could not be made.
public enum ClaimError: Error, CustomStringConvertible, Sendable {
    case missing(String)
    case outsideHypotheses(String)

    public var description: String {
        switch self {
        case .missing(let what): "the instance has no \(what)"
        case .outsideHypotheses(let why): "the instance is outside the claim's hypotheses: \(why)"
        }
    }
}

/// The JSON form of a `ClaimInstance` (inside counterexample files).
enum ClaimInstanceCodec {
    static func encode(_ x: ClaimInstance) -> JSONValue {
        var o = JSONObject()
        if let g = x.game {
            o["game"] = GameFile.encode(g)
            var ps = JSONObject()
            for name in x.policies.keys.sorted() { ps[name] = PolicyFile.encode(x.policies[name]!, game: g) }
            o["policies"] = .object(ps)
        }
        var s = JSONObject()
        for name in x.scalars.keys.sorted() { s[name] = .real(x.scalars[name]!) }
        o["scalars"] = .object(s)
        var i = JSONObject()
        for name in x.integers.keys.sorted() { i[name] = .number(Double(x.integers[name]!)) }
        o["integers"] = .object(i)
        var v = JSONObject()
        for name in x.vectors.keys.sorted() { v[name] = .reals(x.vectors[name]!) }
        o["vectors"] = .object(v)
        o["seed"] = .string(String(x.seed))
        return .object(o)
    }

    static func decode(_ r: JSONReader) throws(ModelError) -> ClaimInstance {
        try r.requireOnlyKeys(["game", "policies", "scalars", "integers", "vectors", "seed"])
        var x = ClaimInstance()
        if let g = try r.optionalField("game") {
            let game: Game
            do { game = try GameFile.decode(g.value) } catch { throw ModelError(path: g.path + (error.path.isEmpty ? "" : ".\(error.path)"), error.rule) }
            x.game = game
            if let ps = try r.optionalField("policies") {
                for name in try ps.keys() {
                    let p = try ps.field(name)
                    do { x.policies[name] = try PolicyFile.decode(p.value, game: game) } catch {
                        throw ModelError(path: p.path + (error.path.isEmpty ? "" : ".\(error.path)"), error.rule)
                    }
                }
            }
        }
        if let s = try r.optionalField("scalars") { for name in try s.keys() { x.scalars[name] = try s.field(name).real() } }
        if let s = try r.optionalField("integers") { for name in try s.keys() { x.integers[name] = try s.field(name).integer() } }
        if let s = try r.optionalField("vectors") {
            for name in try s.keys() { x.vectors[name] = try s.field(name).elements().map { e throws(ModelError) in try e.real() } }
        }
        if let s = try r.optionalField("seed") {
            guard let seed = UInt64(try s.string()) else { throw s.fail("expected a seed as a decimal string") }
            x.seed = seed
        }
        return x
    }
}
