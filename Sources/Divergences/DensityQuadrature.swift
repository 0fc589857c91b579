import GSLKit

/// A value computed by quadrature with GSL's estimate of its absolute error (propagated to
/// first order through any final transformation, e.g. ln(I)/(α−1)).
public struct DivergenceEstimate: Equatable, Sendable {
    public let value: Double
    public let absoluteError: Double

    public init(value: Double, absoluteError: Double) {
        self.value = value
        self.absoluteError = absoluteError
    }

    /// An exact infinite value (decided from the supports or parameters, not by quadrature).
    public static let infinite = DivergenceEstimate(value: .infinity, absoluteError: 0)
}

/// Adaptive integration of a function over an interval of ℝ, cut at landmarks: GSL QAGS on each
/// gap between consecutive landmarks, QAGIL and QAGIU on the infinite tails beyond them.
///
/// Every piece is asked for max(absolute, relative·|piece|) with the absolute part
/// relativeTolerance·S/(number of pieces), where S ≈ ∫|f| over the landmark span comes from a
/// 20-point Gauss–Legendre pass over each gap. So a piece that carries a negligible share of the
/// integral is accepted at once instead of being refined to its own relative precision (which,
/// for an integrand underflowing there, rounding makes impossible). The errors of the pieces add
/// up. (One QAGP call over all landmarks was tried first; GSL's QAGP reports "roundoff error"
/// when several of its initial subintervals carry negligible mass.)
enum DensityQuadrature {
    static func integrate(_ f: @escaping (Double) -> Double, over domain: RealInterval, landmarks: [Double],
                          settings: Quadrature.Settings) throws(GSLError) -> DivergenceEstimate {
        var points = Set(landmarks.filter { $0 > domain.lower && $0 < domain.upper })
        if domain.lower.isFinite { points.insert(domain.lower) }
        if domain.upper.isFinite { points.insert(domain.upper) }
        let sorted = points.sorted()
        guard let first = sorted.first, let last = sorted.last else {
            let r = try Quadrature.integrateOverReals(f, settings: settings)
            return DivergenceEstimate(value: r.value, absoluteError: r.absoluteError)
        }
        var scale = 0.0
        for k in 1..<max(sorted.count, 1) {
            scale += GaussLegendreRule(points: 20, from: sorted[k - 1], to: sorted[k]).integrate { abs(f($0)) }
        }
        let pieceCount = sorted.count + 1
        var piece = settings
        piece.absoluteTolerance = max(settings.absoluteTolerance, settings.relativeTolerance * scale / Double(pieceCount))
        var value = 0.0, error = 0.0
        for k in 1..<max(sorted.count, 1) {
            let r = try Quadrature.integrate(f, from: sorted[k - 1], to: sorted[k], settings: piece)
            value += r.value
            error += r.absoluteError
        }
        if domain.lower == -.infinity {
            let r = try Quadrature.integrate(f, toUpperBound: first, settings: piece)
            value += r.value
            error += r.absoluteError
        }
        if domain.upper == .infinity {
            let r = try Quadrature.integrate(f, fromLowerBound: last, settings: piece)
            value += r.value
            error += r.absoluteError
        }
        return DivergenceEstimate(value: value, absoluteError: error)
    }

    /// Points in the landmark span where ln p − ln q changes sign (the kinks of |p − q| and of
    /// max(p, q)), located on a 1024-cell grid and refined by 100 bisection steps. Crossings
    /// between two grid points of the same sign are missed; QAGP still converges there, only
    /// more slowly.
    static func crossings(_ p: some UnivariateDensity, _ q: some UnivariateDensity, in span: [Double]) -> [Double] {
        guard let lo = span.min(), let hi = span.max(), lo < hi else { return [] }
        func gap(_ x: Double) -> Double { p.logDensity(x) - q.logDensity(x) }
        let cells = 1024
        var out: [Double] = []
        var x0 = lo, g0 = gap(lo)
        for k in 1...cells {
            let x1 = lo + (hi - lo) * Double(k) / Double(cells), g1 = gap(x1)
            if g0.isFinite, g1.isFinite, (g0 < 0) != (g1 < 0) {
                var a = x0, b = x1, ga = g0
                for _ in 0..<100 {
                    let mid = (a + b) / 2
                    let gm = gap(mid)
                    if (gm < 0) == (ga < 0) { a = mid; ga = gm } else { b = mid }
                    if b - a <= 4 * Double.ulpOfOne * max(abs(a), abs(b)) { break }
                }
                out.append((a + b) / 2)
            }
            x0 = x1
            g0 = g1
        }
        return out
    }
}
