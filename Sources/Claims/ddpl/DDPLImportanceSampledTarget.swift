import Foundation
import GSLKit

/// One state's ISSM problem in one dimension (ddpl Sec. 4.1, App. B.1): a proposal p̃ = N(μ_p, s_p²)
/// truncated to A = [−c_b, c_b], an estimated Q̂ with two bumps, and the target π* ∝ p̃ · exp(λQ̂):
///
///     π*(a) = p̃(a) exp(λQ̂(a))/Z,   Z = E_{p̃} exp(λQ̂),   w(a) = π*(a)/p̃(a) = exp(λQ̂(a))/Z.
///
/// Expectations under p̃ are QAGP integrals over A split at the bump centres, with GSL's error estimates.
struct ImportanceSampledTarget {
    let bound: Double
    let proposalMean: Double
    let proposalSD: Double
    let lambda: Double
    /// Q̂(a) = h₁ exp(−κ(a − 0.6c_b)²) + h₂ exp(−κ(a + 0.6c_b)²) − q a².
    let heights: (Double, Double)
    let width: Double
    let curvature: Double

    func q(_ a: Double) -> Double {
        let c = 0.6 * bound
        return heights.0 * exp(-width * (a - c) * (a - c)) + heights.1 * exp(-width * (a + c) * (a + c)) - curvature * a * a
    }

    /// The truncation mass of the proposal, Φ((c_b − μ_p)/s_p) − Φ((−c_b − μ_p)/s_p).
    var proposalMass: Double {
        Special.normalCDF((bound - proposalMean) / proposalSD) - Special.normalCDF((-bound - proposalMean) / proposalSD)
    }

    func proposalDensity(_ a: Double) -> Double {
        guard abs(a) <= bound else { return 0 }
        return Special.normalDensity((a - proposalMean) / proposalSD) / (proposalSD * proposalMass)
    }

    /// E_{p̃}[g] by QAGP on [−c_b, c_b].
    func proposalExpectation(_ g: @escaping (Double) -> Double) throws -> QuadratureResult {
        let c = 0.6 * bound
        return try Quadrature.integrate({ self.proposalDensity($0) * g($0) }, breakpoints: [-bound, -c, 0, c, bound],
                                        settings: .init(absoluteTolerance: 0, relativeTolerance: 1e-12))
    }

    /// Z = E_{p̃} exp(λQ̂).
    func normalizer() throws -> QuadratureResult { try proposalExpectation { exp(self.lambda * self.q($0)) } }

    /// The normalised weight w(a) = exp(λQ̂(a))/Z.
    func weight(_ a: Double, normalizer z: Double) -> Double { exp(lambda * q(a)) / z }

    /// D_4(π* ‖ p̃) = (1/3) ln E_{p̃}[w⁴] = (1/3)[ln E_{p̃} e^{4λQ̂} − 4 ln E_{p̃} e^{λQ̂}].
    func renyiFour() throws -> Double {
        let four = try proposalExpectation { exp(4 * self.lambda * self.q($0)) }
        return (log(four.value) - 4 * log(try normalizer().value)) / 3
    }

    /// c_w = max_a w(a), by a grid of 4001 points on A refined by Nelder–Mead.
    func maximalWeight(normalizer z: Double) throws -> Double {
        var best = -Double.infinity, arg = 0.0
        for j in 0...4000 {
            let a = -bound + 2 * bound * Double(j) / 4000
            if q(a) > best { best = q(a); arg = a }
        }
        let r = try NelderMead(initialStep: bound / 4000, sizeTolerance: 1e-12, maxIterations: 500)
            .minimize({ x in abs(x[0]) <= self.bound ? -self.q(x[0]) : .infinity }, from: [arg])
        return exp(lambda * max(best, -r.minimum)) / z
    }

    /// A draw from p̃ by rejection from the untruncated normal.
    func sample(_ rng: RandomSource) -> Double {
        while true {
            let a = rng.normal(mean: proposalMean, standardDeviation: proposalSD)
            if abs(a) <= bound { return a }
        }
    }
}
