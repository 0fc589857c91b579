import Divergences
import Foundation
import GSLKit
import Testing

private func mvn(_ mean: [Double], _ cov: [Double]) -> MultivariateNormal {
    try! MultivariateNormal(mean: mean, covariance: Matrix(rows: mean.count, columns: mean.count, storage: cov))
}

/// ln N(x, y; μ, Σ) for a 2 × 2 Σ = [[a, b], [b, c]] by the explicit inverse
/// Σ⁻¹ = [[c, −b], [−b, a]]/det and det = ac − b² (independent of the LU code under test).
private func logDensity2D(_ x: Double, _ y: Double, mean: [Double], cov: [Double]) -> Double {
    let a = cov[0], b = cov[1], c = cov[3]
    let det = a * c - b * b
    let u = x - mean[0], v = y - mean[1]
    let quad = (c * u * u - 2 * b * u * v + a * v * v) / det
    return -0.5 * quad - 0.5 * log(det) - log(2 * Double.pi)
}

/// ∫∫ f(x, y) dy dx by iterated QAGI, with the largest relative error estimate of the inner
/// integrals (so that the caller can bound the total error). The inner integrals also accept an
/// absolute error of 1e-16 (at x far in the tail, where they are negligible, relative precision
/// is unreachable for a signed integrand).
private func iteratedIntegral(_ f: @escaping (Double, Double) -> Double) throws -> (value: Double, outerError: Double, innerRelativeError: Double) {
    let inner = Quadrature.Settings(absoluteTolerance: 1e-16, relativeTolerance: 1e-12, subintervalLimit: 2000)
    let outer = Quadrature.Settings(absoluteTolerance: 1e-15, relativeTolerance: 1e-11, subintervalLimit: 2000)
    var worstInner = 0.0
    var innerFailure: GSLError?
    let r = try Quadrature.integrateOverReals({ x in
        do {
            let s = try Quadrature.integrateOverReals({ y in f(x, y) }, settings: inner)
            if abs(s.value) > 1e-6 { worstInner = max(worstInner, s.absoluteError / abs(s.value)) }
            return s.value
        } catch {
            innerFailure = error as? GSLError
            return .nan
        }
    }, settings: outer)
    if let innerFailure { throw innerFailure }
    return (r.value, r.absoluteError, worstInner)
}

@Suite struct MultivariateGaussianTests {
    /// For d = 1 the multivariate formulas are the univariate ones.
    @Test(arguments: [0.3, 0.9, 1.0, 2.0, 5.0])
    func oneDimensionalCaseIsUnivariate(alpha: Double) throws {
        let p = mvn([0.4], [2.25]), q = mvn([-1], [0.81])
        let expected = GaussianDivergence.renyi(try NormalDensity(mean: 0.4, standardDeviation: 1.5),
                                                try NormalDensity(mean: -1, standardDeviation: 0.9), order: alpha)
        let got = try GaussianDivergence.renyi(p, q, order: alpha)
        if expected.isFinite {
            #expect(abs(got - expected) <= 1e-13 * max(1, abs(expected)))
        } else {
            #expect(got == .infinity)
        }
    }

    /// Product measures: with diagonal covariances the coordinates are independent and KL and
    /// every D_α add up over coordinates (∫Π pᵢ^α qᵢ^{1−α} = Π ∫ pᵢ^α qᵢ^{1−α}).
    @Test(arguments: [0.2, 0.7, 1.0, 1.5, 3.0])
    func diagonalCovarianceIsSumOfUnivariate(alpha: Double) throws {
        let means = [(0.0, 1.0), (2.0, -0.5), (-1.0, -1.0)], sds = [(1.0, 1.3), (0.5, 0.7), (2.0, 1.9)]
        let p = mvn(means.map(\.0), [sds[0].0 * sds[0].0, 0, 0, 0, sds[1].0 * sds[1].0, 0, 0, 0, sds[2].0 * sds[2].0])
        let q = mvn(means.map(\.1), [sds[0].1 * sds[0].1, 0, 0, 0, sds[1].1 * sds[1].1, 0, 0, 0, sds[2].1 * sds[2].1])
        var sum = 0.0
        for k in 0..<3 {
            sum += GaussianDivergence.renyi(try NormalDensity(mean: means[k].0, standardDeviation: sds[k].0),
                                            try NormalDensity(mean: means[k].1, standardDeviation: sds[k].1), order: alpha)
        }
        #expect(abs(try GaussianDivergence.renyi(p, q, order: alpha) - sum) <= 1e-12 * max(1, sum))
    }

    /// A correlated 2-D pair against iterated 1-D quadrature of ∫∫ p^α q^{1−α} (and of p ln(p/q)
    /// for KL), with the densities written out by the explicit 2 × 2 inverse. The quadrature's
    /// relative error in I is at most outerError/I + (worst inner relative error); D = ln I/(α−1)
    /// then errs by that over |α−1|. The assertion allows ten times the propagated estimate
    /// plus 1e-12.
    @Test(arguments: [0.5, 1.0, 2.0, 3.0])
    func correlatedPairAgainstIteratedQuadrature(alpha: Double) throws {
        let mp = [0.3, -0.2], cp = [1.0, 0.6, 0.6, 2.0]
        let mq = [-0.5, 0.4], cq = [2.5, -0.3, -0.3, 3.0]
        let closed = try GaussianDivergence.renyi(mvn(mp, cp), mvn(mq, cq), order: alpha)
        #expect(closed.isFinite)
        if alpha == 1 {
            let r = try iteratedIntegral { x, y in
                let lp = logDensity2D(x, y, mean: mp, cov: cp), lq = logDensity2D(x, y, mean: mq, cov: cq)
                // q − p + p ln(p/q) ≥ 0 pointwise and ∫∫(q − p) = 0, so this integrates to KL
                // without the sign changes of p ln(p/q) that stall QAGI's error estimate.
                return exp(lq) - exp(lp) + exp(lp) * (lp - lq)
            }
            let bound = r.outerError + r.innerRelativeError * abs(r.value) * 10
            #expect(abs(r.value - closed) <= 10 * bound + 1e-12, "KL: \(r.value) vs \(closed)")
        } else {
            let r = try iteratedIntegral { x, y in
                exp(alpha * logDensity2D(x, y, mean: mp, cov: cp) + (1 - alpha) * logDensity2D(x, y, mean: mq, cov: cq))
            }
            let quad = log(r.value) / (alpha - 1)
            let bound = (r.outerError / r.value + r.innerRelativeError) / abs(alpha - 1)
            #expect(abs(quad - closed) <= 10 * bound + 1e-12, "α = \(alpha): \(quad) vs \(closed)")
        }
    }

    /// Σ_α = αΣ_q + (1−α)Σ_p not positive definite ⇒ D_α = +∞. Σ_p = diag(4, 1), Σ_q = I:
    /// Σ_α = diag(α + 4(1−α), 1) = diag(4 − 3α, 1) loses definiteness at α = 4/3.
    @Test func indefiniteMixedCovarianceGivesInfinity() throws {
        let p = mvn([0, 0], [4, 0, 0, 1]), q = mvn([0, 0], [1, 0, 0, 1])
        #expect(try GaussianDivergence.renyi(p, q, order: 1.3).isFinite)
        #expect(try GaussianDivergence.renyi(p, q, order: 4.0 / 3 + 1e-9) == .infinity)
        #expect(try GaussianDivergence.renyi(p, q, order: 2) == .infinity)
        // Correlated case: Σ_p = [[2, 1.9], [1.9, 2]] has eigenvalues 3.9 and 0.1; with Σ_q = I,
        // Σ_α has eigenvalues α + (1−α)·3.9 and α + (1−α)·0.1, the first ≤ 0 for α ≥ 3.9/2.9.
        let pc = mvn([0, 0], [2, 1.9, 1.9, 2])
        #expect(try GaussianDivergence.renyi(pc, q, order: 1.3).isFinite)
        #expect(try GaussianDivergence.renyi(pc, q, order: 1.35) == .infinity)
    }

    @Test func invalidCovariancesAreRejected() {
        #expect(throws: DivergenceInputError.self) {
            try MultivariateNormal(mean: [0, 0], covariance: Matrix(rows: 2, columns: 2, storage: [1, 2, 2, 1]))
        }
        #expect(throws: DivergenceInputError.self) {
            try MultivariateNormal(mean: [0, 0], covariance: Matrix(rows: 2, columns: 2, storage: [1, 0.5, 0.4, 1]))
        }
        #expect(throws: DivergenceInputError.self) {
            try MultivariateNormal(mean: [0], covariance: Matrix(rows: 2, columns: 2, storage: [1, 0, 0, 1]))
        }
    }
}
