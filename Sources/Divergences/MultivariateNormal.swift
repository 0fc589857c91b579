import GSLKit

/// A d-dimensional normal distribution N(μ, Σ), Σ symmetric positive definite.
public struct MultivariateNormal: Equatable, Sendable {
    public let mean: [Double]
    public let covariance: Matrix

    /// Throws unless μ is finite, Σ is d × d, symmetric (|Σᵢⱼ − Σⱼᵢ| ≤ 1e-12 max|Σ|) and positive
    /// definite (Sylvester's criterion, `isPositiveDefinite`).
    public init(mean: [Double], covariance: Matrix) throws(DivergenceInputError) {
        let d = mean.count
        guard d >= 1 else { throw DivergenceInputError("a multivariate normal needs a mean of dimension ≥ 1") }
        guard mean.allSatisfy(\.isFinite) else { throw DivergenceInputError("mean has a non-finite entry") }
        guard covariance.rows == d, covariance.columns == d else {
            throw DivergenceInputError("covariance is \(covariance.rows)×\(covariance.columns), mean has dimension \(d)")
        }
        guard covariance.storage.allSatisfy(\.isFinite) else { throw DivergenceInputError("covariance has a non-finite entry") }
        let scale = covariance.storage.reduce(0) { max($0, abs($1)) }
        for i in 0..<d { for j in 0..<i where abs(covariance[i, j] - covariance[j, i]) > 1e-12 * scale {
            throw DivergenceInputError("covariance is not symmetric at (\(i), \(j))")
        } }
        guard Self.isPositiveDefinite(covariance) else { throw DivergenceInputError("covariance is not positive definite") }
        self.mean = mean
        self.covariance = covariance
    }

    public var dimension: Int { mean.count }

    /// Sylvester's criterion for a symmetric matrix: positive definite iff every leading principal
    /// minor det A[0..<k, 0..<k] (k = 1…d) is positive. Each sign comes from an LU factorisation
    /// with partial pivoting (`LUFactorization.determinantSign`); an exactly singular minor
    /// (zero pivot) counts as not positive. O(d⁴), for the small d of the papers' examples.
    public static func isPositiveDefinite(_ a: Matrix) -> Bool {
        precondition(a.rows == a.columns, "isPositiveDefinite: \(a.rows)×\(a.columns) is not square")
        for k in 1...max(a.rows, 1) where a.rows > 0 {
            var minor = Matrix(rows: k, columns: k)
            for i in 0..<k { for j in 0..<k { minor[i, j] = a[i, j] } }
            guard let lu = try? LUFactorization(minor), lu.determinantSign > 0 else { return false }
        }
        return true
    }
}
