import Divergences
import Foundation
import GSLKit
import Testing

private func dist(_ p: [Double]) -> DiscreteDistribution { try! DiscreteDistribution(probabilities: p) }

@Suite struct DiscreteClosedValueTests {
    /// p = (0.2, 0.8), q = (0.5, 0.5), every divergence by its textbook formula written out:
    /// KL(p‖q) = 0.2 ln 0.4 + 0.8 ln 1.6 ≈ 0.19274; KL(q‖p) = 0.5 ln 2.5 + 0.5 ln 0.625;
    /// TV = ½(0.3 + 0.3) = 0.3; χ² = 0.3²/0.5 + 0.3²/0.5 = 0.36; D₂ = ln(0.2²/0.5 + 0.8²/0.5) = ln 1.36;
    /// D_½ = −2 ln(√0.1 + √0.4); D_∞ = ln(0.8/0.5) = ln 1.6; H² = 1 − √0.1 − √0.4;
    /// JS with m = (0.35, 0.65). Agreement to 1e-15 absolute (all values are O(1) and the two
    /// evaluations differ only by rounding).
    @Test func twoPointExample() {
        let p = dist([0.2, 0.8]), q = dist([0.5, 0.5])
        let tol = 1e-15
        #expect(abs(DiscreteDivergence.kullbackLeibler(p, q) - (0.2 * log(0.4) + 0.8 * log(1.6))) <= tol)
        #expect(abs(DiscreteDivergence.kullbackLeibler(q, p) - (0.5 * log(2.5) + 0.5 * log(0.625))) <= tol)
        #expect(abs(DiscreteDivergence.totalVariation(p, q) - 0.3) <= tol)
        #expect(abs(DiscreteDivergence.chiSquared(p, q) - 0.36) <= tol)
        #expect(abs(DiscreteDivergence.renyi(p, q, order: 2) - log(1.36)) <= tol)
        #expect(abs(DiscreteDivergence.renyi(p, q, order: 0.5) + 2 * log(0.1.squareRoot() + 0.4.squareRoot())) <= tol)
        #expect(abs(DiscreteDivergence.renyi(p, q, order: .infinity) - log(1.6)) <= tol)
        #expect(abs(DiscreteDivergence.renyi(p, q, order: 1) - DiscreteDivergence.kullbackLeibler(p, q)) == 0)
        #expect(abs(DiscreteDivergence.hellingerSquared(p, q) - (1 - 0.1.squareRoot() - 0.4.squareRoot())) <= tol)
        let js = 0.5 * (0.2 * log(0.2 / 0.35) + 0.8 * log(0.8 / 0.65)) + 0.5 * (0.5 * log(0.5 / 0.35) + 0.5 * log(0.5 / 0.65))
        #expect(abs(DiscreteDivergence.jensenShannon(p, q) - js) <= tol)
    }

    /// Helpers of the papers: exp(½D₂) = √(Σp²/q) = √1.36 and exp(¾D₄) = (Σ q (p/q)⁴)^{1/4}
    /// = (0.5·0.4⁴ + 0.5·1.6⁴)^{1/4}.
    @Test func importanceWeightNorms() {
        let p = dist([0.2, 0.8]), q = dist([0.5, 0.5])
        #expect(abs(ImportanceWeights.concentrability(p, q) - 1.36.squareRoot()) <= 1e-15)
        let fourth = pow(0.5 * pow(0.4, 4) + 0.5 * pow(1.6, 4), 0.25)
        #expect(abs(ImportanceWeights.fourthMomentNorm(p, q) - fourth) <= 1e-15 * fourth)
    }

    /// Masses far below the smallest double, given as log-probabilities: p = (1 − e^{−1000}, e^{−1000}),
    /// q = (1 − e^{−2000}, e^{−2000}) (the large masses are 1 to double precision, ln = 0 there).
    /// D_∞ = ln(e^{−1000}/e^{−2000}) = 1000; D₂ = ln(1 + e^{−2000}/e^{−2000}) = ln 2;
    /// D₃ = ½ ln(1 + e^{−3000}/e^{−4000}) = ½ ln(1 + e^{1000}) = 500 + ½ ln(1 + e^{−1000}) = 500;
    /// KL = e^{−1000}·1000 + O(e^{−1000}) = 0 in double; TV = ½(e^{−1000} − e^{−2000}) · 2 = 0 in double.
    @Test func tinyProbabilitiesInLogSpace() throws {
        let p = try DiscreteDistribution(logProbabilities: [0, -1000])
        let q = try DiscreteDistribution(logProbabilities: [0, -2000])
        #expect(p.probabilities == [1, 0] && p.support == [0, 1])
        #expect(abs(DiscreteDivergence.maxLogRatio(p, q) - 1000) <= 1e-12)
        #expect(abs(DiscreteDivergence.renyi(p, q, order: 2) - log(2)) <= 1e-15)
        #expect(abs(DiscreteDivergence.renyi(p, q, order: 3) - 500) <= 1e-12)
        #expect(DiscreteDivergence.kullbackLeibler(p, q) == 0)
        #expect(DiscreteDivergence.totalVariation(p, q) == 0)
        #expect(DiscreteDivergence.chiSquared(p, q) == 1)
    }

    /// Disjoint supports: KL, χ², every D_α (α < 1 too) are +∞, never NaN; TV = H² = 1; JS = ln 2.
    @Test func disjointSupportsAreInfinite() {
        let p = dist([0.5, 0.5, 0, 0]), q = dist([0, 0, 0.25, 0.75])
        #expect(DiscreteDivergence.kullbackLeibler(p, q) == .infinity)
        #expect(DiscreteDivergence.kullbackLeibler(q, p) == .infinity)
        #expect(DiscreteDivergence.chiSquared(p, q) == .infinity)
        for alpha in [0.01, 0.5, 0.99, 1, 1.01, 2, 50, .infinity] {
            #expect(DiscreteDivergence.renyi(p, q, order: alpha) == .infinity, "α = \(alpha)")
        }
        #expect(DiscreteDivergence.totalVariation(p, q) == 1)
        #expect(DiscreteDivergence.hellingerSquared(p, q) == 1)
        #expect(abs(DiscreteDivergence.jensenShannon(p, q) - log(2)) <= 1e-15)
    }

    /// Supports that overlap without nesting (q = 0 where p > 0): KL, χ², D_α (α ≥ 1) = +∞;
    /// D_α for α < 1 is finite: p = (½, ½, 0), q = (0, ½, ½) gives Σ p^α q^{1−α} = ½, so
    /// D_α = ln(½)/(α − 1) = ln 2/(1 − α).
    @Test func nonNestedSupports() {
        let p = dist([0.5, 0.5, 0]), q = dist([0, 0.5, 0.5])
        #expect(DiscreteDivergence.kullbackLeibler(p, q) == .infinity)
        #expect(DiscreteDivergence.chiSquared(p, q) == .infinity)
        #expect(DiscreteDivergence.renyi(p, q, order: 2) == .infinity)
        for alpha in [0.1, 0.5, 0.9, 0.999] {
            let d = DiscreteDivergence.renyi(p, q, order: alpha)
            #expect(abs(d - log(2) / (1 - alpha)) <= 1e-13 * d, "α = \(alpha)")
        }
    }

    /// Identical distributions: every divergence is exactly 0.
    @Test func identicalDistributions() {
        let p = dist([0.1, 0.2, 0.3, 0.4])
        #expect(DiscreteDivergence.kullbackLeibler(p, p) == 0)
        #expect(DiscreteDivergence.totalVariation(p, p) == 0)
        #expect(DiscreteDivergence.chiSquared(p, p) == 0)
        #expect(DiscreteDivergence.hellingerSquared(p, p) == 0)
        #expect(DiscreteDivergence.jensenShannon(p, p) == 0)
        for alpha in [0.3, 2.0, .infinity] { #expect(DiscreteDivergence.renyi(p, p, order: alpha) == 0) }
    }
}

@Suite struct DiscreteInputValidationTests {
    @Test func badDistributionsAreRejected() {
        #expect(throws: DivergenceInputError("probabilities sum to 1.1, must sum to 1 within 2e-12 (2 entries)")) {
            try DiscreteDistribution(probabilities: [0.3, 0.8])
        }
        #expect(throws: DivergenceInputError(index: 1, "probability -0.1 is negative")) {
            try DiscreteDistribution(probabilities: [1.1, -0.1])
        }
        #expect(throws: DivergenceInputError.self) { try DiscreteDistribution(probabilities: []) }
        #expect(throws: DivergenceInputError.self) { try DiscreteDistribution(probabilities: [.nan, 1]) }
        #expect(throws: DivergenceInputError.self) { try DiscreteDistribution(logProbabilities: [0, 0]) }
        #expect(throws: DivergenceInputError.self) { try DiscreteDistribution(logProbabilities: [.infinity]) }
        #expect(throws: DivergenceInputError.self) { try RenyiOrder.validate(0) }
        #expect(throws: DivergenceInputError.self) { try RenyiOrder.validate(-1) }
        #expect(throws: DivergenceInputError.self) { try RenyiOrder.validate(.nan) }
        #expect(throws: Never.self) { try RenyiOrder.validate(.infinity) }
    }

    /// Within the tolerance n·1e-12 the input is accepted and renormalised exactly.
    @Test func slightlyOffSumIsRenormalised() throws {
        let p = try DiscreteDistribution(probabilities: [0.5 + 5e-13, 0.5])
        #expect(abs(p.probabilities.reduce(0, +) - 1) <= 2 * Double.ulpOfOne)
    }
}
