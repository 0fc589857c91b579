import GSLKit

/// The log–log fit of a rate observation: log y = c + p·log x by GSL least squares, with the
/// 95% Student-t interval of p.
public struct RateFit: Sendable {
    public let slope: Double
    public let interval: ClosedRange<Double>
    public let points: Int

    /// Fits the points with x > 0 and finite y > 0; `nil` with fewer than 3 such points (no degree
    /// of freedom would remain for the error estimate).
    public init?(_ r: RateObservation) throws(GSLError) {
        var lx: [Double] = [], ly: [Double] = []
        for (x, y) in zip(r.x, r.y) where x > 0 && y > 0 && y.isFinite && x.isFinite {
            lx.append(log(x))
            ly.append(log(y))
        }
        guard lx.count >= 3, Set(lx).count >= 2 else { return nil }
        let fit = try LineFit(x: lx, y: ly)
        slope = fit.slope
        interval = fit.slopeInterval(level: 0.95)
        points = lx.count
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
