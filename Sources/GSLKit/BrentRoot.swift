import CGSL

/// A root of a continuous function on a bracketing interval by Brent's method
/// (`gsl_root_fsolver_brent`: bisection, secant and inverse quadratic interpolation).
public struct BrentRoot: Sendable {
    /// A root with the bracket that contains it when the iteration stopped.
    public struct Result: Sendable {
        /// The best estimate of the root.
        public let root: Double
        /// The final bracket [lower, upper]; f changes sign on it.
        public let lower: Double
        public let upper: Double
        public let iterations: Int
    }

    /// Stop when the bracket satisfies |upper − lower| ≤ absoluteTolerance + relativeTolerance·min(|lower|, |upper|)
    /// (`gsl_root_test_interval`).
    public var absoluteTolerance: Double
    public var relativeTolerance: Double
    public var maxIterations: Int

    public init(absoluteTolerance: Double = 0, relativeTolerance: Double = 4 * Double.ulpOfOne, maxIterations: Int = 500) {
        self.absoluteTolerance = absoluteTolerance
        self.relativeTolerance = relativeTolerance
        self.maxIterations = maxIterations
    }

    private final class Function {
        let f: (Double) -> Double
        init(_ f: @escaping (Double) -> Double) { self.f = f }
    }

    /// The root of `f` in [a, b]. Precondition: a < b. Throws `GSLError` with `GSL_EINVAL` when
    /// f(a) and f(b) have the same sign, and `GSL_EMAXITER` when the tolerance is not reached.
    public func solve(_ f: @escaping (Double) -> Double, from a: Double, to b: Double) throws(GSLError) -> Result {
        precondition(a < b, "BrentRoot: empty bracket [\(a), \(b)]")
        GSLRuntime.prepare()
        let box = Function(f)
        let solver = gsl_root_fsolver_alloc(marlcheck_root_brent())!
        defer { gsl_root_fsolver_free(solver) }
        var fn = gsl_function(
            function: { x, p in Unmanaged<Function>.fromOpaque(p!).takeUnretainedValue().f(x) },
            params: Unmanaged.passUnretained(box).toOpaque())
        return try withExtendedLifetime(box) { () throws(GSLError) -> Result in
            try GSLRuntime.check(gsl_root_fsolver_set(solver, &fn, a, b), "gsl_root_fsolver_set")
            for iteration in 1...maxIterations {
                try GSLRuntime.check(gsl_root_fsolver_iterate(solver), "gsl_root_fsolver_iterate")
                let lower = gsl_root_fsolver_x_lower(solver), upper = gsl_root_fsolver_x_upper(solver)
                let root = gsl_root_fsolver_root(solver)
                if gsl_root_test_interval(lower, upper, absoluteTolerance, relativeTolerance) == GSL_SUCCESS || f(root) == 0 {
                    return Result(root: root, lower: lower, upper: upper, iterations: iteration)
                }
            }
            throw GSLError(status: Int32(GSL_EMAXITER), routine: "gsl_root_fsolver_brent")
        }
    }
}
