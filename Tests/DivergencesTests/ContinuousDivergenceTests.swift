import Divergences
import Foundation
import GSLKit
import Testing

private func normal(_ m: Double, _ s: Double) -> NormalDensity { try! NormalDensity(mean: m, standardDeviation: s) }

/// Quadrature asked for 1e-11 relative error; agreement is asserted at 1e-9 relative.
private let settings = Quadrature.Settings(absoluteTolerance: 0, relativeTolerance: 1e-11, subintervalLimit: 4000)

/// |estimate − exact| within 1e-9 relative (1e-13 absolute near 0), and GSL's error estimate
/// below 1e-10 relative.
private func expectAgrees(_ e: DivergenceEstimate, _ exact: Double, _ what: String,
                          sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(abs(e.value - exact) <= max(1e-9 * abs(exact), 1e-13), "\(what): \(e.value) vs \(exact)", sourceLocation: sourceLocation)
    #expect(e.absoluteError <= max(1e-10 * abs(exact), 1e-14), "\(what): error estimate \(e.absoluteError)", sourceLocation: sourceLocation)
}

@Suite struct ContinuousDivergenceTests {
    /// χ² = e^{D₂} − 1 and H² = 1 − e^{−½D_½} from the Gaussian Rényi closed form, and, for equal
    /// variances, TV(N(μ₁, σ²), N(μ₂, σ²)) = 2Φ(|Δμ|/(2σ)) − 1 = erf(|Δμ|/(2√2 σ)) (the densities
    /// cross once, at the midpoint).
    @Test(arguments: [(0.0, 1.0, 1.0, 1.0), (0.0, 1.0, 0.5, 1.3), (-1.0, 0.7, 2.0, 1.0), (3.0, 2.0, 0.0, 1.5)])
    func otherKindsAgainstGaussianClosedForms(mp: Double, sp: Double, mq: Double, sq: Double) throws {
        let p = normal(mp, sp), q = normal(mq, sq)
        let d2 = GaussianDivergence.renyi(p, q, order: 2)
        if d2.isFinite {
            expectAgrees(try ContinuousDivergence.chiSquared(p, q, settings: settings), expm1(d2), "χ²")
        } else {
            #expect(throws: GSLError.self) { try ContinuousDivergence.chiSquared(p, q, settings: settings) }
        }
        let dHalf = GaussianDivergence.renyi(p, q, order: 0.5)
        expectAgrees(try ContinuousDivergence.hellingerSquared(p, q, settings: settings), -expm1(-0.5 * dHalf), "H²")
        let reverse = GaussianDivergence.kullbackLeibler(q, p)
        expectAgrees(try ContinuousDivergence.kullbackLeibler(q, p, settings: settings), reverse, "reverse KL")
    }

    @Test(arguments: [0.1, 1.0, 3.0, 10.0])
    func totalVariationOfShiftedNormals(shift: Double) throws {
        let sigma = 1.7
        let exact = Special.erf(shift / (2 * 2.0.squareRoot() * sigma))
        expectAgrees(try ContinuousDivergence.totalVariation(normal(0, sigma), normal(shift, sigma), settings: settings), exact, "TV")
    }

    /// p = ½N(−d, 1) + ½N(d, 1), q = N(0, 1): ∫ φ(x−a)φ(x−b)/φ(x) dx = e^{ab} (complete the square),
    /// so E_q[(p/q)²] = ¼(e^{d²} + 2e^{−d²} + e^{d²}) = cosh(d²): D₂ = ln cosh(d²), χ² = cosh(d²) − 1,
    /// and the concentrability coefficient exp(½D₂) = √cosh(d²).
    @Test(arguments: [0.3, 1.0, 2.0])
    func symmetricMixtureAgainstStandardNormal(d: Double) throws {
        let p = try GaussianMixtureDensity(weights: [0.5, 0.5], components: [normal(-d, 1), normal(d, 1)])
        let q = normal(0, 1)
        let d2 = try ContinuousDivergence.renyi(p, q, order: 2, settings: settings)
        expectAgrees(d2, log(cosh(d * d)), "D₂(mixture‖N)")
        expectAgrees(try ContinuousDivergence.chiSquared(p, q, settings: settings), cosh(d * d) - 1, "χ²(mixture‖N)")
        let c = ImportanceWeights.exponentiate(d2, by: 0.5)
        #expect(abs(c.value - cosh(d * d).squareRoot()) <= 1e-9 * c.value)
    }

    /// A mixture of identical components is that component: its divergences are the normal's.
    @Test func degenerateMixtureIsItsComponent() throws {
        let p = try GaussianMixtureDensity(weights: [0.3, 0.7], components: [normal(1, 2), normal(1, 2)])
        let q = normal(0, 1)
        expectAgrees(try ContinuousDivergence.kullbackLeibler(p, q, settings: settings), GaussianDivergence.kullbackLeibler(normal(1, 2), q), "KL")
        expectAgrees(try ContinuousDivergence.renyi(p, q, order: 0.4, settings: settings),
                     GaussianDivergence.renyi(normal(1, 2), q, order: 0.4), "D_0.4")
    }

    /// p = N(μ, σ²) truncated to [a, b], q = N(μ, σ²): p/q = 1/Z on [a, b], Z = Φ(β) − Φ(α) with
    /// α, β the standardised ends, so KL(p‖q) = D_α(p‖q) = −ln Z for every order
    /// (∫ p^α q^{1−α} = Z^{1−α}), while KL(q‖p) = +∞ (q has mass outside [a, b]). Z from erfc,
    /// Φ(x) = ½erfc(−x/√2), reflected to the upper tail when α > 0 (for [5, 6] with μ = 0.3,
    /// σ = 1.2: Z ≈ 4.4e-5); [μ, ∞) has Z = ½, so KL = ln 2.
    @Test(arguments: [(-1.0, 0.5), (0.0, 3.0), (5.0, 6.0), (-2.0, 2.0), (0.3, .infinity), (-.infinity, -1.0)])
    func truncatedNormalAgainstItsParent(a: Double, b: Double) throws {
        let parent = normal(0.3, 1.2)
        let p = try TruncatedNormalDensity(parent: parent, interval: RealInterval(a, b))
        let za = (a - 0.3) / 1.2, zb = (b - 0.3) / 1.2
        let z = za > 0
            ? 0.5 * (Special.erfc(za / 2.0.squareRoot()) - Special.erfc(zb / 2.0.squareRoot()))
            : 0.5 * (Special.erfc(-zb / 2.0.squareRoot()) - Special.erfc(-za / 2.0.squareRoot()))
        expectAgrees(try ContinuousDivergence.kullbackLeibler(p, parent, settings: settings), -log(z), "KL")
        for alpha in [0.5, 2.0, 4.0] {
            expectAgrees(try ContinuousDivergence.renyi(p, parent, order: alpha, settings: settings), -log(z), "D_\(alpha)")
        }
        #expect(try ContinuousDivergence.kullbackLeibler(parent, p) == .infinite)
        #expect(try ContinuousDivergence.renyi(parent, p, order: 2) == .infinite)
    }

    /// A density on an interval with an integrable singularity in the integrand: p(x) = 2x on
    /// [0, 1] against the uniform q: KL(p‖q) = ∫ 2x ln 2x = ln 2 − ½; KL(q‖p) = −∫ ln 2x = 1 − ln 2;
    /// D_α(p‖q) = ln(∫(2x)^α)/(α−1) = (α ln 2 − ln(α+1))/(α−1).
    @Test func customDensitiesOnTheUnitInterval() throws {
        let unit = RealInterval(0, 1)
        let p = CustomDensity(support: unit, landmarks: [0.5]) { log(2 * $0) }
        let q = CustomDensity(support: unit, landmarks: [0.5]) { _ in 0 }
        expectAgrees(try ContinuousDivergence.kullbackLeibler(p, q, settings: settings), log(2) - 0.5, "KL(p‖q)")
        expectAgrees(try ContinuousDivergence.kullbackLeibler(q, p, settings: settings), 1 - log(2), "KL(q‖p)")
        for alpha in [0.3, 3.0] {
            expectAgrees(try ContinuousDivergence.renyi(p, q, order: alpha, settings: settings),
                         (alpha * log(2) - log(alpha + 1)) / (alpha - 1), "D_\(alpha)")
        }
        // TV = ½∫|2x − 1| = ¼; H² = 1 − ∫√(2x) = 1 − (2√2)/3.
        expectAgrees(try ContinuousDivergence.totalVariation(p, q, settings: settings), 0.25, "TV")
        expectAgrees(try ContinuousDivergence.hellingerSquared(p, q, settings: settings), 1 - 2 * 2.0.squareRoot() / 3, "H²")
    }

    /// JS(p, q) = ½KL(p‖m) + ½KL(q‖m) with m the mixture ½p + ½q as its own density: the JS
    /// integrand and two KL integrals through `GaussianMixtureDensity` agree; JS is symmetric and
    /// below ln 2; Pinsker and Bretagnolle–Huber hold for the quadrature values.
    @Test func jensenShannonThroughTheMidpointMixture() throws {
        let p = normal(0, 1), q = normal(2, 0.6)
        let m = try GaussianMixtureDensity(weights: [0.5, 0.5], components: [p, q])
        let js = try ContinuousDivergence.jensenShannon(p, q, settings: settings)
        let viaMixture = 0.5 * (try ContinuousDivergence.kullbackLeibler(p, m, settings: settings).value)
            + 0.5 * (try ContinuousDivergence.kullbackLeibler(q, m, settings: settings).value)
        #expect(abs(js.value - viaMixture) <= 1e-9 * js.value)
        #expect(abs(js.value - (try ContinuousDivergence.jensenShannon(q, p, settings: settings).value)) <= 1e-10 * js.value)
        #expect(js.value > 0 && js.value < log(2))
        let tv = try ContinuousDivergence.totalVariation(p, q, settings: settings).value
        let kl = GaussianDivergence.kullbackLeibler(p, q)
        #expect(DivergenceInequalities.pinsker(totalVariation: tv, kullbackLeibler: kl).holds(tolerance: 1e-9))
        #expect(DivergenceInequalities.bretagnolleHuber(totalVariation: tv, kullbackLeibler: kl).holds(tolerance: 1e-9))
    }

    /// Far-apart normals N(0, 1) and N(100, 1): D_α = αΔ²/2 = 5000α, so ∫ p^α q^{1−α} = e^{(α−1)5000α}
    /// underflows for α = ½ (e^{−1250}) and overflows for α = 2, 3 (e^{10000}, e^{30000}); the scaled
    /// integrand keeps the quadrature in range. For α = 3 the integrand peaks at αμ_p + (1−α)μ_q = −200,
    /// far outside both densities.
    @Test(arguments: [0.5, 2.0, 3.0])
    func farApartNormalsStayInRange(alpha: Double) throws {
        let p = normal(0, 1), q = normal(100, 1)
        let closed = GaussianDivergence.renyi(p, q, order: alpha)
        #expect(abs(closed - 5000 * alpha) <= 1e-12 * closed)
        expectAgrees(try ContinuousDivergence.renyi(p, q, order: alpha, settings: settings), closed, "D_\(alpha)")
    }

    /// Rényi of order α > 1 between normals with ασ_q² + (1−α)σ_p² ≤ 0 is +∞ in closed form and its
    /// integral diverges: the quadrature throws a `GSLError` rather than return a finite number.
    @Test func divergentRenyiIntegralThrows() {
        let p = normal(0, 2), q = normal(0.5, 1)
        for alpha in [4.0 / 3 + 0.01, 2, 4] {
            #expect(GaussianDivergence.renyi(p, q, order: alpha) == .infinity)
            #expect(throws: GSLError.self) { try ContinuousDivergence.renyi(p, q, order: alpha) }
        }
    }
}
