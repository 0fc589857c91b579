import GSLKit
import Testing

@Suite struct NelderMeadTests {
    /// Rosenbrock f(x, y) = (1 − x)² + 100(y − x²)² has its unique minimum 0 at (1, 1). From the
    /// classical start (−1.2, 1) the simplex must shrink below 1e-10; near the minimum f grows
    /// like (Δ)² times the Hessian's eigenvalues (≈ 0.4 and 1000), so a simplex that small has
    /// f ≤ 1000 · (1e-7)² level values; the assertions (f ≤ 1e-12, |x − 1| ≤ 1e-5) leave room for the
    /// valley's conditioning (κ ≈ 2500, so position error up to √κ times the size-limited one).
    @Test func rosenbrockMinimum() throws {
        let rosenbrock: ([Double]) -> Double = { v in
            let a = 1 - v[0], b = v[1] - v[0] * v[0]
            return a * a + 100 * b * b
        }
        let result = try NelderMead(initialStep: 0.5, sizeTolerance: 1e-10, maxIterations: 10_000)
            .minimize(rosenbrock, from: [-1.2, 1])
        #expect(result.converged)
        #expect(result.minimum <= 1e-12)
        #expect(abs(result.minimizer[0] - 1) <= 1e-5 && abs(result.minimizer[1] - 1) <= 1e-5)
        #expect(result.minimum == rosenbrock(result.minimizer))
    }

    /// A NaN objective is treated as +∞ (the simplex moves away): f = √(x − 2) + (x − 3)² is NaN
    /// for x < 2; its interior minimum is where f′ = 1/(2√(x−2)) + 2(x − 3) = 0, near x = 2.70
    /// (f ≈ 0.927, below f(2) = 1). From x = 2.5, with a first step into the NaN region's
    /// neighbourhood, the minimiser ends in the domain with a finite value no worse than the start.
    @Test func nanIsTreatedAsInfinity() throws {
        let result = try NelderMead(initialStep: 1, sizeTolerance: 1e-9)
            .minimize({ v in (v[0] - 2).squareRoot() + (v[0] - 3) * (v[0] - 3) }, from: [2.5])
        #expect(result.minimum.isFinite && result.minimum <= 0.5.squareRoot() + 0.25)
        #expect(result.minimizer[0] >= 2 && result.minimizer[0] < 3)
    }
}
