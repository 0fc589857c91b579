import MarkovGames

/// What a report's claim results depend on besides the claims themselves: the seed, the number
/// of instances and whether the counterexample search ran. A saved result is reused by
/// `report --resume` only under the same settings.
public struct ReportSettings: Sendable, Equatable {
    public var seed: UInt64
    /// Instances per claim; `nil` runs each claim's default.
    public var instances: Int?
    public var search: Bool

    public init(seed: UInt64 = 1, instances: Int? = nil, search: Bool = false) {
        self.seed = seed
        self.instances = instances
        self.search = search
    }

    /// The fields `seed` (a decimal string: a UInt64 does not fit a JSON double), `instances`
    /// (null for each claim's default) and `search`, in that order.
    var jsonFields: [(String, JSONValue)] {
        [("seed", .string(String(seed))), ("instances", instances.map { .number(Double($0)) } ?? .null), ("search", .bool(search))]
    }

    static func decode(_ r: JSONReader) throws(ModelError) -> ReportSettings {
        let seedField = try r.field("seed")
        guard let seed = UInt64(try seedField.string()) else { throw seedField.fail("expected a seed as a decimal string") }
        return ReportSettings(seed: seed, instances: try r.optionalField("instances")?.integer(),
                              search: try r.optionalField("search")?.bool() ?? false)
    }

    /// The command-line options that reproduce these settings, e.g. `--seed 1 --instances 4`.
    public var commandLineOptions: String {
        var parts = ["--seed \(seed)"]
        if let instances { parts.append("--instances \(instances)") }
        if search { parts.append("--search") }
        return parts.joined(separator: " ")
    }
}
