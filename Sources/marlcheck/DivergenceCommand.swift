import ArgumentParser
import Divergences
import GSLKit
import MarkovGames

/// The divergences `marlcheck divergence --kind` computes.
enum DivergenceKind: String, CaseIterable {
    case kl, reverseKL = "reverse-kl", tv, renyi, chi2, hellinger, js

    /// What the value is, with its direction and normalisation (natural logarithms).
    var formula: String {
        switch self {
        case .kl: "KL(p||q) = sum p ln(p/q)"
        case .reverseKL: "KL(q||p) = sum q ln(q/p)"
        case .tv: "TV(p,q) = 1/2 sum |p - q|"
        case .renyi: "D_alpha(p||q) = ln(sum p^alpha q^(1-alpha)) / (alpha - 1)"
        case .chi2: "chi2(p||q) = sum (p - q)^2 / q"
        case .hellinger: "Hellinger distance H(p,q) = sqrt(1 - sum sqrt(p q)) = sqrt(1/2 sum (sqrt p - sqrt q)^2)"
        case .js: "JS(p,q) = 1/2 KL(p||m) + 1/2 KL(q||m), m = (p+q)/2"
        }
    }
}

struct DivergenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "divergence",
        abstract: "A divergence between two distributions: finite ones exactly, densities by closed form or quadrature.",
        discussion: """
        Direction: D(p||q), the expectation under p. Logarithms are natural (nats); for densities the sums below are integrals. Infinite values (supports that do not nest) are printed as +inf, never nan.

        Kinds:
          \(DivergenceKind.allCases.map { "\($0.rawValue): \($0.formula)" }.joined(separator: "\n  "))

        --p and --q are either finite distributions (comma-separated probabilities, or natural-log probabilities with --log) or densities on the real line:
          \(DistributionArgument.familySyntax.joined(separator: "\n  "))

        Two plain normals use the closed forms (Gil, Alajaji & Linder 2013) for kl, reverse-kl, renyi, chi2, hellinger and tv; everything else is integrated by GSL adaptive quadrature and reported with its error estimate. --method chooses explicitly. Negative numbers need the --p=... form.

        Examples:
          marlcheck divergence --kind renyi --alpha 2 --p 0.2,0.8 --q 0.5,0.5
          marlcheck divergence --kind kl --p 0.2,0.8 --q 0.5,0.5 --json
          marlcheck divergence --kind renyi --alpha inf --p 0.8,0.2,0 --q 0.5,0.25,0.25
          marlcheck divergence --kind kl --log --p=0,-inf --q=-0.6931471805599453,-0.6931471805599453
          marlcheck divergence --kind kl --p normal:0,1 --q normal:1,2
          marlcheck divergence --kind renyi --alpha 4 --p normal:0,1 --q normal:0.5,1.5 --method quadrature
          marlcheck divergence --kind tv --p truncnormal:0,1,-1,2 --q normal:0,1
          marlcheck divergence --kind js --p mixture:0.5*normal:0,1+0.5*normal:2,1 --q normal:1,1.5
        """
    )

    @Option(help: ArgumentHelp("The divergence: \(DivergenceKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var kind: String

    @Option(help: ArgumentHelp("The Rényi order, in (0, inf]; 1 gives KL, inf the max log-ratio (only with --kind renyi).", valueName: "alpha"))
    var alpha: String?

    @Option(name: .customLong("p"), help: ArgumentHelp("The first distribution (see above).", valueName: "distribution"))
    var p: String

    @Option(name: .customLong("q"), help: ArgumentHelp("The second distribution (see above).", valueName: "distribution"))
    var q: String

    @Flag(name: .customLong("log"), help: "Finite distributions are given as natural-log probabilities (-inf for 0).")
    var logProbabilities = false

    @Option(help: ArgumentHelp("For densities: auto (closed form where one exists), closed-form, or quadrature.", valueName: "method"))
    var method: String = "auto"

    @Flag(help: "Print {\"kind\", \"alpha\", \"value\", \"absoluteError\", \"method\"} as JSON.")
    var json = false

    func run() throws {
        let outcome = try reportingInputErrors { try evaluate() }
        if json {
            print(JSONWriter.pretty(.object([
                ("kind", .string(outcome.kind.rawValue)),
                ("alpha", outcome.alpha.map(JSONValue.real) ?? .null),
                ("value", .real(outcome.value)),
                ("absoluteError", outcome.absoluteError.map(JSONValue.real) ?? .null),
                ("method", .string(outcome.method)),
            ])), terminator: "")
        } else {
            var rows = [[outcome.kind.rawValue + (outcome.alpha.map { " (alpha = \(formatReal($0)))" } ?? ""), formatReal(outcome.value)]]
            if let e = outcome.absoluteError { rows.append(["absolute error estimate", formatReal(e)]) }
            rows.append(["definition", outcome.kind.formula])
            rows.append(["method", outcome.method])
            print(formatTable(rows))
        }
    }

    /// A computed divergence with how it was obtained.
    struct Outcome {
        let kind: DivergenceKind
        let alpha: Double?
        let value: Double
        /// GSL's error estimate for quadrature; nil for exact sums and closed forms.
        let absoluteError: Double?
        let method: String
    }

    private func evaluate() throws -> Outcome {
        guard let kind = DivergenceKind(rawValue: kind) else {
            throw ModelError(path: "--kind", "unknown kind '\(self.kind)' (one of \(DivergenceKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let order = try parseOrder(for: kind)
        let first = try DistributionArgument.parse(p, option: "--p", logProbabilities: logProbabilities)
        let second = try DistributionArgument.parse(q, option: "--q", logProbabilities: logProbabilities)
        switch (first, second) {
        case (.discrete(let a), .discrete(let b)):
            guard method == "auto" else { throw ModelError(path: "--method", "applies to densities only; finite distributions are summed exactly") }
            guard a.count == b.count else {
                throw ModelError(path: "--q", "has \(b.count) entries, --p has \(a.count); both must be on the same points")
            }
            return Outcome(kind: kind, alpha: order, value: discrete(kind, a, b, order: order), absoluteError: nil,
                           method: "exact finite sum in log space")
        case (.density(let a, let normalA), .density(let b, let normalB)):
            guard ["auto", "closed-form", "quadrature"].contains(method) else {
                throw ModelError(path: "--method", "unknown method '\(method)' (one of auto, closed-form, quadrature)")
            }
            if method != "quadrature", let na = normalA, let nb = normalB, let value = Self.closedForm(kind, na, nb, order: order) {
                return Outcome(kind: kind, alpha: order, value: value, absoluteError: nil,
                               method: "closed form for normals (Gil, Alajaji & Linder 2013)")
            }
            if method == "closed-form" {
                throw ModelError(path: "--method", "no closed form for --kind \(kind.rawValue) between these densities (closed forms: two plain normals; kl, reverse-kl, renyi, chi2, hellinger, tv)")
            }
            if order == .infinity {
                throw ModelError(path: "--alpha", "alpha = inf is computed for finite distributions and for two normals only")
            }
            let estimate: DivergenceEstimate
            do {
                estimate = try Self.quadrature(kind, a, b, order: order)
            } catch {
                printError("marlcheck: error: quadrature failed: \(error) (a divergent integral means the divergence is +inf)")
                throw ExitCode(1)
            }
            return Outcome(kind: kind, alpha: order, value: estimate.value, absoluteError: estimate.absoluteError,
                           method: "adaptive quadrature (GSL QAGS on landmark gaps, QAGIL/QAGIU tails)")
        default:
            throw ModelError(path: "--q", "--p and --q must both be finite distributions or both be densities")
        }
    }

    /// α for `--kind renyi` (required there, in (0, inf]); nil for the other kinds.
    private func parseOrder(for kind: DivergenceKind) throws(ModelError) -> Double? {
        guard kind == .renyi else {
            if alpha != nil { throw ModelError(path: "--alpha", "applies to --kind renyi only") }
            return nil
        }
        guard let text = alpha else { throw ModelError(path: "--alpha", "is required with --kind renyi") }
        guard let value = Double(text) else { throw ModelError(path: "--alpha", "'\(text)' is not a number") }
        do {
            try RenyiOrder.validate(value)
        } catch {
            throw ModelError(path: "--alpha", error.rule)
        }
        return value
    }

    private func discrete(_ kind: DivergenceKind, _ a: DiscreteDistribution, _ b: DiscreteDistribution, order: Double?) -> Double {
        switch kind {
        case .kl: DiscreteDivergence.kullbackLeibler(a, b)
        case .reverseKL: DiscreteDivergence.kullbackLeibler(b, a)
        case .tv: DiscreteDivergence.totalVariation(a, b)
        case .renyi: DiscreteDivergence.renyi(a, b, order: order!)
        case .chi2: DiscreteDivergence.chiSquared(a, b)
        case .hellinger: DiscreteDivergence.hellinger(a, b)
        case .js: DiscreteDivergence.jensenShannon(a, b)
        }
    }

    /// The closed form between two normals where one exists (KL, Rényi, χ², Hellinger, TV).
    static func closedForm(_ kind: DivergenceKind, _ a: NormalDensity, _ b: NormalDensity, order: Double?) -> Double? {
        switch kind {
        case .kl: GaussianDivergence.kullbackLeibler(a, b)
        case .reverseKL: GaussianDivergence.kullbackLeibler(b, a)
        case .renyi: GaussianDivergence.renyi(a, b, order: order!)
        case .chi2: GaussianDivergence.chiSquared(a, b)
        case .hellinger: GaussianDivergence.hellingerSquared(a, b).squareRoot()
        case .tv: GaussianDivergence.totalVariation(a, b)
        case .js: nil
        }
    }

    static func quadrature(_ kind: DivergenceKind, _ a: any UnivariateDensity, _ b: any UnivariateDensity,
                           order: Double?) throws(GSLError) -> DivergenceEstimate {
        switch kind {
        case .kl: return try ContinuousDivergence.kullbackLeibler(a, b)
        case .reverseKL: return try ContinuousDivergence.kullbackLeibler(b, a)
        case .tv: return try ContinuousDivergence.totalVariation(a, b)
        case .renyi: return try ContinuousDivergence.renyi(a, b, order: order!)
        case .chi2: return try ContinuousDivergence.chiSquared(a, b)
        case .js: return try ContinuousDivergence.jensenShannon(a, b)
        case .hellinger: return try ContinuousDivergence.hellinger(a, b)
        }
    }
}

/// A double as the human output prints it: shortest round-trip text, or +inf / -inf / nan.
func formatReal(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x > 0 ? "+inf" : "-inf" }
    return "\(x)"
}
