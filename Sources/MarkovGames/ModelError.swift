/// A rule of the model broken by a game, a policy or a file, with the place that breaks it.
///
/// `path` is a JSON-style path into the object (`transitions[3][5]`, `agents[1].actions`);
/// `file` is set when the object was read from a file. The description reads
/// `FILE: PATH: RULE`, ready to print.
public struct ModelError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String?
    public var path: String
    public var rule: String

    public init(file: String? = nil, path: String, _ rule: String) {
        self.file = file
        self.path = path
        self.rule = rule
    }

    /// The same error, attributed to `file`.
    public func inFile(_ file: String) -> ModelError {
        ModelError(file: file, path: path, rule)
    }

    public var description: String {
        let place = path.isEmpty ? "" : "\(path): "
        if let file { return "\(file): \(place)\(rule)" }
        return "\(place)\(rule)"
    }
}

/// Tolerances of the model's own checks.
public enum ModelTolerance {
    /// |Σ p − 1| allowed for a probability row of length n: n·1e-12, so that rows written with
    /// about 13 significant digits pass and a typo (a digit off anywhere above that) does not.
    public static func rowSum(length n: Int) -> Double { Double(max(n, 1)) * 1e-12 }
}

/// Checks that `row` (reported at `path`) is a probability distribution.
func validateDistribution(_ row: ArraySlice<Double>, path: @autoclosure () -> String) throws(ModelError) {
    var sum = 0.0
    for (offset, p) in row.enumerated() {
        guard p.isFinite else { throw ModelError(path: "\(path())[\(offset)]", "probability \(p) is not finite") }
        guard p >= 0 else { throw ModelError(path: "\(path())[\(offset)]", "probability \(p) is negative") }
        sum += p
    }
    let tol = ModelTolerance.rowSum(length: row.count)
    guard abs(sum - 1) <= tol else {
        throw ModelError(path: path(), "probabilities sum to \(sum), must sum to 1 within \(tol) (row of length \(row.count))")
    }
}
