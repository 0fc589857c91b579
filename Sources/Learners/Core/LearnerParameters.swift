import MarkovGames

/// A parameter a learner accepts, with its default, its meaning and (optionally) its choices.
public struct LearnerParameter: Sendable {
    public let name: String
    public let defaultValue: String
    public let summary: String
    /// When set, the only values accepted (each reading of an ambiguity of the paper is one choice).
    public let choices: [String]?

    public init(_ name: String, default value: String, _ summary: String, choices: [String]? = nil) {
        self.name = name
        self.defaultValue = value
        self.summary = summary
        self.choices = choices
    }
}

/// The resolved parameters of one run (defaults overridden by `--param k=v`), with typed accessors
/// that refuse bad values as `ModelError` at path `--param NAME`.
public struct LearnerParameters: Sendable {
    public let learner: String
    /// Every declared parameter's value, as text (what the trace header records).
    public let values: [String: String]
    /// The declared order of the parameters.
    public let order: [String]

    /// Resolves `overrides` against `declared`; an unknown name or a value outside the choices is refused.
    public init(learner: String, declared: [LearnerParameter], overrides: [String: String]) throws(ModelError) {
        var values: [String: String] = [:]
        for p in declared { values[p.name] = p.defaultValue }
        for (k, v) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let p = declared.first(where: { $0.name == k }) else {
                let known = declared.map(\.name).joined(separator: ", ")
                throw ModelError(path: "--param \(k)", "learner '\(learner)' has no parameter '\(k)' (it has: \(known.isEmpty ? "none" : known))")
            }
            if let choices = p.choices, !choices.contains(v) {
                throw ModelError(path: "--param \(k)", "'\(v)' is not one of \(choices.joined(separator: ", "))")
            }
            values[k] = v
        }
        self.learner = learner
        self.values = values
        self.order = declared.map(\.name)
    }

    private func raw(_ key: String) -> String {
        guard let v = values[key] else { preconditionFailure("learner \(learner) reads undeclared parameter \(key)") }
        return v
    }

    /// A finite real.
    public func real(_ key: String) throws(ModelError) -> Double {
        guard let x = Double(raw(key)), x.isFinite else {
            throw ModelError(path: "--param \(key)", "'\(raw(key))' is not a finite number")
        }
        return x
    }

    /// A real > 0.
    public func positive(_ key: String) throws(ModelError) -> Double {
        let x = try real(key)
        guard x > 0 else { throw ModelError(path: "--param \(key)", "\(x) must be positive") }
        return x
    }

    /// A real ≥ 0.
    public func nonNegative(_ key: String) throws(ModelError) -> Double {
        let x = try real(key)
        guard x >= 0 else { throw ModelError(path: "--param \(key)", "\(x) must be non-negative") }
        return x
    }

    /// A real in `range`.
    public func real(_ key: String, in range: ClosedRange<Double>) throws(ModelError) -> Double {
        let x = try real(key)
        guard range.contains(x) else {
            throw ModelError(path: "--param \(key)", "\(x) is outside [\(range.lowerBound), \(range.upperBound)]")
        }
        return x
    }

    /// A whole number in `range`.
    public func integer(_ key: String, in range: ClosedRange<Int>) throws(ModelError) -> Int {
        guard let x = Int(raw(key)) else { throw ModelError(path: "--param \(key)", "'\(raw(key))' is not a whole number") }
        guard range.contains(x) else {
            throw ModelError(path: "--param \(key)", "\(x) is outside \(range.lowerBound)…\(range.upperBound)")
        }
        return x
    }

    /// A real, or nil when the value is the word `auto` (a default computed from the game).
    public func optionalReal(_ key: String) throws(ModelError) -> Double? {
        raw(key) == "auto" ? nil : try positive(key)
    }

    /// A choice parameter (checked against its choices when resolved).
    public func text(_ key: String) -> String { raw(key) }

    /// The values in declared order, as (name, value) pairs.
    public var ordered: [(String, String)] { order.map { ($0, values[$0]!) } }
}
