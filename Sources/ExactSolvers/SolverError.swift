import GSLKit

/// Why an exact solver could not return an answer.
public enum SolverError: Error, CustomStringConvertible, Sendable {
    /// A GSL routine failed.
    case gsl(GSLError)
    /// The object asked for is not uniquely defined (e.g. a stationary distribution of a chain
    /// with several closed classes); the text says why.
    case notUnique(String)
    /// The input does not meet the solver's precondition; the text says which.
    case unsupported(String)
    /// An iteration did not reach its tolerance within its budget.
    case notConverged(String)

    public var description: String {
        switch self {
        case .gsl(let e): "\(e)"
        case .notUnique(let s): "not unique: \(s)"
        case .unsupported(let s): "unsupported: \(s)"
        case .notConverged(let s): "not converged: \(s)"
        }
    }
}

/// Runs a GSL-throwing body, rethrowing as `SolverError.gsl`.
@inline(__always)
func solving<T>(_ body: () throws(GSLError) -> T) throws(SolverError) -> T {
    do { return try body() } catch { throw .gsl(error) }
}
