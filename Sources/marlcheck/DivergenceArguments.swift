import Divergences
import Foundation
import MarkovGames

/// What `--p` / `--q` of `marlcheck divergence` denote: a finite distribution or a density.
enum DistributionArgument {
    /// Probabilities (or natural-log probabilities with `--log`), validated.
    case discrete(DiscreteDistribution)
    /// A density; `normal` is set when the density is a plain normal (closed forms apply).
    case density(any UnivariateDensity, normal: NormalDensity?)

    /// The built-in families, as the help text lists them.
    static let familySyntax = [
        "normal:MEAN,SD",
        "truncnormal:MEAN,SD,LOWER,UPPER   (normal restricted to [LOWER, UPPER]; ends may be -inf/inf)",
        "mixture:W*normal:MEAN,SD+W*normal:MEAN,SD+...   (weights summing to 1)",
    ]

    /// Parses the text of `option` (`--p` or `--q`): a comma-separated list of numbers, or
    /// `family:parameters`. Every error names the option.
    static func parse(_ text: String, option: String, logProbabilities: Bool) throws(ModelError) -> DistributionArgument {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":") else {
            let values = try numbers(trimmed, option: option, what: "a comma-separated list of probabilities")
            do {
                let d = logProbabilities
                    ? try DiscreteDistribution(logProbabilities: values)
                    : try DiscreteDistribution(probabilities: values)
                return .discrete(d)
            } catch {
                throw modelError(error, option: option)
            }
        }
        if logProbabilities {
            throw ModelError(path: "--log", "applies to finite distributions only, not to the family '\(trimmed)'")
        }
        let family = String(trimmed[..<colon]), rest = String(trimmed[trimmed.index(after: colon)...])
        switch family {
        case "normal":
            let n = try normal(rest, option: option)
            return .density(n, normal: n)
        case "truncnormal":
            let v = try numbers(rest, option: option, what: "truncnormal:MEAN,SD,LOWER,UPPER", count: 4, allowInfinite: true)
            guard v[2] < v[3] else { throw ModelError(path: option, "truncnormal interval [\(v[2]), \(v[3])] is empty") }
            do {
                let parent = try NormalDensity(mean: v[0], standardDeviation: v[1])
                return .density(try TruncatedNormalDensity(parent: parent, interval: RealInterval(v[2], v[3])), normal: nil)
            } catch {
                throw modelError(error, option: option)
            }
        case "mixture":
            return .density(try mixture(rest, option: option), normal: nil)
        default:
            throw ModelError(path: option, "unknown family '\(family)' (known: normal, truncnormal, mixture)")
        }
    }

    /// `W*normal:M,S+W*normal:M,S…`; components are split at each '+' not preceded by an exponent 'e'.
    private static func mixture(_ text: String, option: String) throws(ModelError) -> GaussianMixtureDensity {
        var parts: [String] = [], current = ""
        for c in text {
            if c == "+", let last = current.last, last != "e", last != "E" {
                parts.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current)
        var weights: [Double] = [], components: [NormalDensity] = []
        for (k, part) in parts.enumerated() {
            let fields = part.split(separator: "*", maxSplits: 1).map(String.init)
            guard fields.count == 2, let w = Double(fields[0].trimmingCharacters(in: .whitespaces)),
                  fields[1].hasPrefix("normal:") else {
                throw ModelError(path: "\(option) component \(k + 1)", "'\(part)' is not of the form W*normal:MEAN,SD")
            }
            weights.append(w)
            components.append(try normal(String(fields[1].dropFirst("normal:".count)), option: "\(option) component \(k + 1)"))
        }
        do {
            return try GaussianMixtureDensity(weights: weights, components: components)
        } catch {
            throw modelError(error, option: "\(option) weights")
        }
    }

    private static func normal(_ text: String, option: String) throws(ModelError) -> NormalDensity {
        let v = try numbers(text, option: option, what: "normal:MEAN,SD", count: 2)
        do {
            return try NormalDensity(mean: v[0], standardDeviation: v[1])
        } catch {
            throw modelError(error, option: option)
        }
    }

    /// Comma-separated numbers; with `count`, exactly that many, finite unless `allowInfinite`
    /// (which admits ±inf, never nan).
    private static func numbers(_ text: String, option: String, what: String, count: Int? = nil,
                                allowInfinite: Bool = false) throws(ModelError) -> [Double] {
        let fields = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var out: [Double] = []
        for (i, f) in fields.enumerated() {
            guard let x = Double(f) else { throw ModelError(path: "\(option)[\(i)]", "'\(f)' is not a number (expected \(what))") }
            if count != nil, x.isNaN || (!allowInfinite && x.isInfinite) {
                throw ModelError(path: "\(option)[\(i)]", "\(f) is not finite (expected \(what))")
            }
            out.append(x)
        }
        if let count, out.count != count {
            throw ModelError(path: option, "got \(out.count) value(s), expected \(what)")
        }
        return out
    }

    /// A `DivergenceInputError` as the input error of `option`, with the entry index in the path.
    static func modelError(_ error: DivergenceInputError, option: String) -> ModelError {
        ModelError(path: option + (error.index.map { "[\($0)]" } ?? ""), error.rule)
    }
}
