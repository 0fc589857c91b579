import GSLKit

/// One named, seeded, parameterised game builder (`marlcheck games list|show|export`).
public struct GameBuilder: Sendable {
    /// A parameter the builder accepts, with its default and what it means.
    public typealias Parameter = ParameterDeclaration

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
        let values = try ParameterDeclaration.resolve(parameters, overrides: overrides, owner: "'\(name)'")
        let args = parameters.map { "--param \($0.name)=\(values[$0.name]!)" }.joined(separator: " ")
        let seedText = isRandom ? " --seed \(seed)" : ""
        let provenance = "marlcheck games export \(name)\(args.isEmpty ? "" : " ")\(args)\(seedText) — \(citation)"
        let params = GameParameters(builder: name, values: values, provenance: provenance)
        return try make(params, RandomSource(seed: seed))
    }
}

/// The parameter values a builder receives, with typed, checked accessors (`ParameterReader`).
public struct GameParameters: ParameterReader {
    public let builder: String
    public let values: [String: String]
    /// The command that rebuilds this game and the builder's citation: what a builder stores in
    /// `Game.source`.
    public let provenance: String

    public var owner: String { "'\(builder)'" }
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
