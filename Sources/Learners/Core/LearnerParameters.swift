import MarkovGames

/// A parameter a learner accepts, with its default, its meaning and (optionally) its choices.
public typealias LearnerParameter = ParameterDeclaration

/// The resolved parameters of one run (defaults overridden by `--param k=v`), with the typed
/// accessors of `ParameterReader` that refuse bad values as `ModelError` at path `--param NAME`.
public struct LearnerParameters: ParameterReader {
    public let learner: String
    /// Every declared parameter's value, as text (what the trace header records).
    public let values: [String: String]
    /// The declared order of the parameters.
    public let order: [String]

    /// Resolves `overrides` against `declared`; an unknown name or a value outside the choices is refused.
    public init(learner: String, declared: [LearnerParameter], overrides: [String: String]) throws(ModelError) {
        values = try ParameterDeclaration.resolve(declared, overrides: overrides, owner: "learner '\(learner)'")
        self.learner = learner
        self.order = declared.map(\.name)
    }

    public var owner: String { "learner '\(learner)'" }

    /// The values in declared order, as (name, value) pairs.
    public var ordered: [(String, String)] { order.map { ($0, values[$0]!) } }
}
