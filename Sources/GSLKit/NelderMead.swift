import CGSL

/// Derivative-free minimisation by GSL's Nelder–Mead simplex (`gsl_multimin_fminimizer_nmsimplex2`).
public struct NelderMead: Sendable {
    /// The outcome of a minimisation.
    public struct Result: Sendable {
        public let minimizer: [Double]
        public let minimum: Double
        public let iterations: Int
        /// The simplex size fell below `sizeTolerance` before `maxIterations`.
        public let converged: Bool
    }

    public var initialStep: Double
    public var sizeTolerance: Double
    public var maxIterations: Int

    public init(initialStep: Double = 0.5, sizeTolerance: Double = 1e-8, maxIterations: Int = 2000) {
        self.initialStep = initialStep
        self.sizeTolerance = sizeTolerance
        self.maxIterations = maxIterations
    }

    private final class Objective {
        let f: ([Double]) -> Double
        let n: Int
        init(_ f: @escaping ([Double]) -> Double, _ n: Int) { self.f = f; self.n = n }
    }

    /// Minimises `f` from `start`. Non-finite values of f are treated as +∞ by the simplex.
    public func minimize(_ f: @escaping ([Double]) -> Double, from start: [Double]) throws(GSLError) -> Result {
        let n = start.count
        precondition(n >= 1, "NelderMead: empty starting point")
        GSLRuntime.prepare()
        let box = Objective({ x in
            let v = f(x)
            return v.isNaN ? .infinity : v
        }, n)
        let minimizer = gsl_multimin_fminimizer_alloc(marlcheck_nmsimplex2(), n)!
        defer { gsl_multimin_fminimizer_free(minimizer) }
        var fn = gsl_multimin_function(
            f: { v, p in
                let o = Unmanaged<Objective>.fromOpaque(p!).takeUnretainedValue()
                var x = [Double](repeating: 0, count: o.n)
                for i in 0..<o.n { x[i] = gsl_vector_get(v, i) }
                return o.f(x)
            },
            n: n, params: Unmanaged.passUnretained(box).toOpaque())
        let x0 = gsl_vector_alloc(n)!, step = gsl_vector_alloc(n)!
        defer { gsl_vector_free(x0); gsl_vector_free(step) }
        for i in 0..<n { gsl_vector_set(x0, i, start[i]) }
        gsl_vector_set_all(step, initialStep)
        try GSLRuntime.check(withExtendedLifetime(box) { gsl_multimin_fminimizer_set(minimizer, &fn, x0, step) },
                             "gsl_multimin_fminimizer_set")
        var iterations = 0
        var converged = false
        try withExtendedLifetime(box) { () throws(GSLError) in
            while iterations < maxIterations {
                iterations += 1
                let status = gsl_multimin_fminimizer_iterate(minimizer)
                if status == GSL_ENOPROG { break }
                try GSLRuntime.check(status, "gsl_multimin_fminimizer_iterate")
                let size = gsl_multimin_fminimizer_size(minimizer)
                if gsl_multimin_test_size(size, sizeTolerance) == GSL_SUCCESS { converged = true; break }
            }
        }
        let xBest = gsl_multimin_fminimizer_x(minimizer)!
        let best = (0..<n).map { gsl_vector_get(xBest, $0) }
        return Result(minimizer: best, minimum: gsl_multimin_fminimizer_minimum(minimizer),
                      iterations: iterations, converged: converged)
    }
}
