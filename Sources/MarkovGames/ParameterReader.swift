/// A `--param NAME=VALUE` parameter that a named game builder or a learner declares: its default,
/// what it means and, when set, the only values accepted.
public struct ParameterDeclaration: Sendable {
    public let name: String
    public let defaultValue: String
    public let summary: String
    /// When set, the only values accepted (e.g. each reading of an ambiguity of a paper is one choice).
    public let choices: [String]?

    public init(_ name: String, default value: String, _ summary: String, choices: [String]? = nil) {
        self.name = name
        self.defaultValue = value
        self.summary = summary
        self.choices = choices
    }

    /// Every declared parameter's value: its default, or its override. An unknown name or a value
    /// outside the choices is refused as `ModelError` at `--param NAME`, with `owner` (e.g.
    /// "'ratio-game'", "learner 'mappo'") named; overrides are checked in name order.
    public static func resolve(_ declared: [ParameterDeclaration], overrides: [String: String],
                               owner: String) throws(ModelError) -> [String: String] {
        var values: [String: String] = [:]
        for p in declared { values[p.name] = p.defaultValue }
        for (k, v) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let p = declared.first(where: { $0.name == k }) else {
                let known = declared.map(\.name).joined(separator: ", ")
                throw ModelError(path: "--param \(k)", "\(owner) has no parameter '\(k)' (it has: \(known.isEmpty ? "none" : known))")
            }
            if let choices = p.choices, !choices.contains(v) {
                throw ModelError(path: "--param \(k)", "'\(v)' is not one of \(choices.joined(separator: ", "))")
            }
            values[k] = v
        }
        return values
    }
}

/// Resolved parameter values (every declared name present, as text) with typed, checked
/// accessors: a value that does not parse or lies outside its range is refused as `ModelError` at
/// path `--param NAME`. Conformers: the values a game builder receives (`GameParameters`) and those
/// of a learner's run (`LearnerParameters`).
public protocol ParameterReader: Sendable {
    /// Every declared parameter's value, as text.
    var values: [String: String] { get }
    /// Who reads the values, as messages name it ("'ratio-game'", "learner 'mappo'").
    var owner: String { get }
}

extension ParameterReader {
    private func raw(_ key: String) -> String {
        guard let v = values[key] else { preconditionFailure("\(owner) reads undeclared parameter \(key)") }
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

    /// A real > 0, or nil when the value is the word `auto` (a default computed from the game).
    public func optionalReal(_ key: String) throws(ModelError) -> Double? {
        raw(key) == "auto" ? nil : try positive(key)
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

    /// A whole number in `range`.
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

    /// A text parameter (its choices were checked when the values were resolved).
    public func text(_ key: String) -> String { raw(key) }
}
