import GSLKit

/// One named, seeded, parameterised game builder (`marlcheck games list|show|export`).
public struct GameBuilder: Sendable {
    /// A parameter the builder accepts, with its default and what it means.
    public struct Parameter: Sendable {
        public let name: String
        public let defaultValue: String
        public let summary: String
        /// When set, the only values accepted.
        public let choices: [String]?

        public init(_ name: String, default value: String, _ summary: String, choices: [String]? = nil) {
            self.name = name
            self.defaultValue = value
            self.summary = summary
            self.choices = choices
        }
    }

    public let name: String
    /// One line: what the game is.
    public let summary: String
    /// Where the game comes from (paper, section, equation).
    public let citation: String
    public let parameters: [Parameter]
    /// Whether the seed changes the game (random builders).
    public let isRandom: Bool
    let make: @Sendable (GameParameters, RandomSource) throws(ModelError) -> Game

    public init(name: String, summary: String, citation: String, parameters: [Parameter], isRandom: Bool,
                make: @escaping @Sendable (GameParameters, RandomSource) throws(ModelError) -> Game) {
        self.name = name
        self.summary = summary
        self.citation = citation
        self.parameters = parameters
        self.isRandom = isRandom
        self.make = make
    }

    /// Builds the game with `overrides` on top of the defaults. Unknown parameter names and
    /// values that do not parse are refused with the parameter named.
    public func build(overrides: [String: String] = [:], seed: UInt64 = 0) throws(ModelError) -> Game {
        var values: [String: String] = [:]
        for p in parameters { values[p.name] = p.defaultValue }
        for (k, v) in overrides {
            guard let p = parameters.first(where: { $0.name == k }) else {
                let known = parameters.map(\.name).joined(separator: ", ")
                throw ModelError(path: "--param \(k)", "'\(name)' has no parameter '\(k)' (it has: \(known.isEmpty ? "none" : known))")
            }
            if let choices = p.choices, !choices.contains(v) {
                throw ModelError(path: "--param \(k)", "'\(v)' is not one of \(choices.joined(separator: ", "))")
            }
            values[k] = v
        }
        let args = parameters.map { "--param \($0.name)=\(values[$0.name]!)" }.joined(separator: " ")
        let seedText = isRandom ? " --seed \(seed)" : ""
        let provenance = "marlcheck games export \(name)\(args.isEmpty ? "" : " ")\(args)\(seedText) — \(citation)"
        let params = GameParameters(builder: name, values: values, provenance: provenance)
        return try make(params, RandomSource(seed: seed))
    }
}

/// The parameter values a builder receives, with typed, checked accessors.
public struct GameParameters: Sendable {
    public let builder: String
    public let values: [String: String]
    /// The command that rebuilds this game and the builder's citation: what a builder stores in
    /// `Game.source`.
    public let provenance: String

    private func raw(_ key: String) -> String {
        guard let v = values[key] else { preconditionFailure("builder \(builder) reads undeclared parameter \(key)") }
        return v
    }

    /// A real parameter.
    public func real(_ key: String) throws(ModelError) -> Double {
        guard let x = Double(raw(key)), x.isFinite else {
            throw ModelError(path: "--param \(key)", "'\(raw(key))' is not a finite number")
        }
        return x
    }

    /// A comma-separated list of finite numbers ("1,2,4,6").
    public func reals(_ key: String) throws(ModelError) -> [Double] {
        let parts = raw(key).split(separator: ",", omittingEmptySubsequences: false)
        var out: [Double] = []
        for part in parts {
            let text = String(part.filter { !$0.isWhitespace })
            guard let x = Double(text), x.isFinite else {
                throw ModelError(path: "--param \(key)", "'\(text)' in '\(raw(key))' is not a finite number (give a comma-separated list)")
            }
            out.append(x)
        }
        return out
    }

    /// A whole-number parameter in `range`.
    public func integer(_ key: String, in range: ClosedRange<Int>) throws(ModelError) -> Int {
        guard let x = Int(raw(key)) else { throw ModelError(path: "--param \(key)", "'\(raw(key))' is not a whole number") }
        guard range.contains(x) else {
            throw ModelError(path: "--param \(key)", "\(x) is outside \(range.lowerBound)…\(range.upperBound)")
        }
        return x
    }

    /// A discount factor in [0, 1).
    public func discount(_ key: String = "gamma") throws(ModelError) -> Double {
        let g = try real(key)
        guard g >= 0, g < 1 else { throw ModelError(path: "--param \(key)", "γ = \(g) must lie in [0, 1)") }
        return g
    }

    /// A text parameter (its choices were checked by `GameBuilder.build`).
    public func text(_ key: String) -> String { raw(key) }
}

/// Every named game builder, in the order `games list` prints them.
public enum GameCatalog {
    public static let builders: [GameBuilder] = NamedGames.all

    /// The builder called `name`, or an error listing the names.
    public static func builder(named name: String) throws(ModelError) -> GameBuilder {
        guard let b = builders.first(where: { $0.name == name }) else {
            throw ModelError(path: "NAME", "no game named '\(name)' (see `marlcheck games list`)")
        }
        return b
    }
}
