/// An argument that breaks a rule of the divergences: a vector that is not a probability
/// distribution, an order outside its range, an invalid density parameter.
///
/// `index` names the offending entry when there is one; the command-line tool turns the error
/// into a `ModelError` that names the option (`--p[2]`).
public struct DivergenceInputError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The offending entry (0-based), if the rule concerns one entry.
    public let index: Int?
    /// The rule broken, as a sentence fragment ready to print.
    public let rule: String

    public init(index: Int? = nil, _ rule: String) {
        self.index = index
        self.rule = rule
    }

    public var description: String { index.map { "[\($0)]: \(rule)" } ?? rule }
}

/// The order α of a Rényi divergence D_α (van Erven & Harremoës 2014, *Rényi divergence and
/// Kullback–Leibler divergence*, IEEE Trans. Inf. Theory 60(7)): any α in (0, 1) ∪ (1, ∞), with
/// α = 1 standing for its limit KL and α = +∞ for its limit, the maximum log-ratio.
public enum RenyiOrder {
    /// Throws unless α ∈ (0, ∞] (α = 1 and α = ∞ denote the limits).
    public static func validate(_ alpha: Double) throws(DivergenceInputError) {
        guard !alpha.isNaN, alpha > 0 else {
            throw DivergenceInputError("Rényi order α = \(alpha) is outside (0, ∞] (α = 1 is KL, α = inf the max log-ratio)")
        }
    }
}
