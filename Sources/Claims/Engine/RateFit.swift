import GSLKit

/// The log–log fit of a rate observation, log y = c + p·log x, by GSL least squares.
///
/// A claimed rate is asymptotic, and exactly computed data carry no noise: their scatter about the
/// line is the curvature of the lower-order terms, not randomness. So the exponent is read where the
/// asymptotics live, on the larger half of the sizes (at least 3 points), and its interval is the
/// 95% Student-t interval of that fit widened by the drift |p_all − p_tail| between the fit over all
/// sizes and the tail fit: an exponent that is still moving across the observed range is not
/// known to better than how far it moved. With fewer than 6 points the fit over all points is used.
public struct RateFit: Sendable {
    /// The exponent read on the tail (or on all points when there are fewer than 6).
    public let slope: Double
    public let interval: ClosedRange<Double>
    public let points: Int
    /// |p_all − p_tail| (0 when the tail is the whole series).
    public let drift: Double

    /// Fits the points with x > 0 and finite y > 0; `nil` with fewer than 3 such points (no degree
    /// of freedom would remain for the error estimate).
    public init?(_ r: RateObservation) throws(GSLError) {
        var pairs: [(Double, Double)] = []
        for (x, y) in zip(r.x, r.y) where x > 0 && y > 0 && y.isFinite && x.isFinite {
            pairs.append((log(x), log(y)))
        }
        pairs.sort { $0.0 < $1.0 }
        guard pairs.count >= 3, Set(pairs.map(\.0)).count >= 2 else { return nil }
        let all = try LineFit(x: pairs.map(\.0), y: pairs.map(\.1))
        var fit = all
        if pairs.count >= 6 {
            let tail = Array(pairs[(pairs.count / 2)...])
            if Set(tail.map(\.0)).count >= 2 { fit = try LineFit(x: tail.map(\.0), y: tail.map(\.1)) }
        }
        let base = fit.slopeInterval(level: 0.95)
        drift = abs(all.slope - fit.slope)
        slope = fit.slope
        interval = (base.lowerBound - drift)...(base.upperBound + drift)
        points = pairs.count
    }

    /// How far the claimed exponent sits on the consistent side of the interval (≥ 0: consistent).
    /// For `atMost`, p − lower (the fitted decay is not significantly slower than claimed);
    /// for `exactly`, the distance of p inside the interval.
    public func margin(claimed p: Double, kind: RateObservation.Kind) -> Double {
        switch kind {
        case .atMost: p - interval.lowerBound
        case .exactly: min(p - interval.lowerBound, interval.upperBound - p)
        }
    }
}

import Foundation
