import Foundation
import GSLKit

/// Divergences between two densities on ℝ by GSL adaptive quadrature, each with GSL's error
/// estimate. Same conventions as `DiscreteDivergence`: D(p‖q), natural logarithms, the
/// pointwise terms of `PointwiseTerm` (non-negative where possible, finite in log form), and +∞
/// decided from the supports where the divergence needs p ≪ q and supp p ⊄ supp q (densities
/// are taken to be positive on the interior of their support).
///
/// The integration range is the relevant support, cut at both densities' landmarks (and, for
/// TV, Hellinger and JS, at the crossings of p and q); see `DensityQuadrature`. A GSL failure
/// (tolerance not reached, divergent integral) is thrown as `GSLError`.
public enum ContinuousDivergence {
    /// Default tolerances: relative 1e-10, up to 2000 subintervals per piece.
    public static let defaultSettings = Quadrature.Settings(absoluteTolerance: 0, relativeTolerance: 1e-10, subintervalLimit: 2000)

    private static func integrate(_ p: some UnivariateDensity, _ q: some UnivariateDensity, over domain: RealInterval,
                                  withCrossings: Bool = false, extraLandmarks: [Double] = [], settings: Quadrature.Settings,
                                  _ term: @escaping (Double, Double) -> Double) throws(GSLError) -> DivergenceEstimate {
        var landmarks = p.landmarks + q.landmarks + extraLandmarks
        if withCrossings { landmarks += DensityQuadrature.crossings(p, q, in: landmarks) }
        return try DensityQuadrature.integrate({ x in term(p.logDensity(x), q.logDensity(x)) },
                                               over: domain, landmarks: landmarks, settings: settings)
    }

    /// KL(p‖q) = ∫ p ln(p/q) dx (nats), integrated as ∫ [q − p + p ln(p/q)] dx over supp q
    /// (non-negative integrand; equal because ∫p = ∫q = 1). +∞ when supp p ⊄ supp q.
    public static func kullbackLeibler(_ p: some UnivariateDensity, _ q: some UnivariateDensity,
                                       settings: Quadrature.Settings = defaultSettings) throws(GSLError) -> DivergenceEstimate {
        guard q.support.contains(p.support) else { return .infinite }
        return try integrate(p, q, over: q.support, settings: settings, PointwiseTerm.kullbackLeibler)
    }

    /// TV(p, q) = ½ ∫ |p − q| dx ∈ [0, 1], over the hull of both supports, cut at the crossings.
    public static func totalVariation(_ p: some UnivariateDensity, _ q: some UnivariateDensity,
                                      settings: Quadrature.Settings = defaultSettings) throws(GSLError) -> DivergenceEstimate {
        try integrate(p, q, over: p.support.hull(q.support), withCrossings: true, settings: settings,
                               PointwiseTerm.totalVariation)
    }

    /// χ²(p‖q) = ∫ (p − q)²/q dx = e^{D₂(p‖q)} − 1; +∞ when supp p ⊄ supp q.
    public static func chiSquared(_ p: some UnivariateDensity, _ q: some UnivariateDensity,
                                  settings: Quadrature.Settings = defaultSettings) throws(GSLError) -> DivergenceEstimate {
        guard q.support.contains(p.support) else { return .infinite }
        return try integrate(p, q, over: q.support, settings: settings, PointwiseTerm.chiSquared)
    }

    /// Squared Hellinger distance H² = ½ ∫ (√p − √q)² dx = 1 − ∫ √(pq) dx ∈ [0, 1].
    public static func hellingerSquared(_ p: some UnivariateDensity, _ q: some UnivariateDensity,
                                        settings: Quadrature.Settings = defaultSettings) throws(GSLError) -> DivergenceEstimate {
        try integrate(p, q, over: p.support.hull(q.support), withCrossings: true, settings: settings,
                               PointwiseTerm.hellingerSquared)
    }

    /// Hellinger distance H = √(H²) (H² = ½∫(√p − √q)², so H ∈ [0, 1]), with the error
    /// err(H²)/(2H) to first order (√err(H²) when H = 0).
    public static func hellinger(_ p: some UnivariateDensity, _ q: some UnivariateDensity,
                                 settings: Quadrature.Settings = defaultSettings) throws(GSLError) -> DivergenceEstimate {
        let h2 = try hellingerSquared(p, q, settings: settings)
        let h = max(h2.value, 0).squareRoot()
        return DivergenceEstimate(value: h, absoluteError: h > 0 ? h2.absoluteError / (2 * h) : h2.absoluteError.squareRoot())
    }

    /// JS(p, q) = ½ KL(p‖m) + ½ KL(q‖m), m = ½(p + q) (nats) ∈ [0, ln 2].
    public static func jensenShannon(_ p: some UnivariateDensity, _ q: some UnivariateDensity,
                                     settings: Quadrature.Settings = defaultSettings) throws(GSLError) -> DivergenceEstimate {
        try integrate(p, q, over: p.support.hull(q.support), withCrossings: true, settings: settings,
                               PointwiseTerm.jensenShannon)
    }

    /// The largest value of ln(p^α q^{1−α}) found on the landmarks and on a 257-point grid over
    /// the landmark span widened by twice its width on each side (p^α q^{1−α} may peak outside
    /// both densities' bulk when α > 1), with the point where it is found. The Rényi integrand is
    /// divided by e^{shift}, so that ∫ p^α q^{1−α} neither underflows (far-apart densities, α < 1)
    /// nor overflows (α > 1).
    private static func logIntegrandPeak(_ p: some UnivariateDensity, _ q: some UnivariateDensity, over domain: RealInterval,
                                         order alpha: Double) -> (shift: Double, at: Double) {
        let marks = (p.landmarks + q.landmarks).filter { domain.contains($0) }
        var candidates = marks
        if let lo = marks.min(), let hi = marks.max(), lo < hi {
            let a = max(lo - 2 * (hi - lo), domain.lower), b = min(hi + 2 * (hi - lo), domain.upper)
            candidates += (0...256).map { a + (b - a) * Double($0) / 256 }
        }
        var best = (shift: -Double.infinity, at: candidates.first ?? 0)
        for x in candidates {
            let v = PointwiseTerm.renyiLogTerm(p.logDensity(x), q.logDensity(x), order: alpha)
            if v.isFinite, v > best.shift { best = (v, x) }
        }
        return best.shift.isFinite ? best : (0, best.at)
    }

    /// D_α(p‖q) = (1/(α−1)) ln ∫ p^α q^{1−α} dx (nats) for α ∈ (0, 1) ∪ (1, ∞); α = 1 gives KL.
    /// +∞ when α > 1 and supp p ⊄ supp q, or α < 1 and the supports do not overlap.
    ///
    /// I = ∫ p^α q^{1−α} is integrated in scaled form (`logIntegrandPeak`: integrand
    /// exp(α ln p + (1−α) ln q − shift) > 0, ln I = shift + ln ∫…); if |ln I| > ½ the
    /// result is ln(I)/(α−1) with error err_I/(I |α−1|). Otherwise (α near 1 or p near q) it
    /// integrates J = I − 1 from cancellation-free terms and returns ln(1 + J)/(α−1), error
    /// err_J/((1 + J)|α−1|). A divergent I (e.g. Gaussians with ασ_q² + (1−α)σ_p² ≤ 0) makes GSL
    /// fail and is thrown. Precondition: α ∈ (0, ∞).
    public static func renyi(_ p: some UnivariateDensity, _ q: some UnivariateDensity, order alpha: Double,
                             settings: Quadrature.Settings = defaultSettings) throws(GSLError) -> DivergenceEstimate {
        precondition(alpha.isFinite && alpha > 0, "ContinuousDivergence.renyi: order α = \(alpha) outside (0, ∞)")
        if alpha == 1 { return try kullbackLeibler(p, q, settings: settings) }
        let m = alpha - 1
        let nested = q.support.contains(p.support)
        if alpha > 1 && !nested { return .infinite }
        guard let overlap = p.support.intersection(q.support) else { return .infinite }
        let (shift, peak) = logIntegrandPeak(p, q, over: overlap, order: alpha)
        let i = try integrate(p, q, over: overlap, extraLandmarks: [peak], settings: settings) { lp, lq in
            exp(PointwiseTerm.renyiLogTerm(lp, lq, order: alpha) - shift)
        }
        if i.value <= 0 { return .infinite }
        let ell = shift + log(i.value)
        if abs(ell) > 0.5 {
            return DivergenceEstimate(value: ell / m, absoluteError: i.absoluteError / (i.value * abs(m)))
        }
        let j = nested
            ? try integrate(p, q, over: q.support, settings: settings) { PointwiseTerm.renyiExcessNested($0, $1, order: alpha) }
            : try integrate(p, q, over: p.support, settings: settings) { PointwiseTerm.renyiExcess($0, $1, order: alpha) }
        return DivergenceEstimate(value: log1p(j.value) / m, absoluteError: j.absoluteError / ((1 + j.value) * abs(m)))
    }
}
