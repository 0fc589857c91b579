import Foundation

extension NoisedActionLaw {
    /// sup_z Var(ε | z): the largest posterior noise variance (σ_max² of App. A.7 Step 4 at one
    /// noise level). A 4001-point grid over the integration range, then golden-section search on
    /// the two grid cells around the best point (Var(ε|z) is smooth); the result is a value
    /// attained at some z, so it never exceeds the supremum, and the refinement leaves it within
    /// 1e-12 relative of a local maximum.
    var supremumNoiseVariance: Double {
        let points = breakpoints
        let lo = points.first!, hi = points.last!, n = 4000
        let h = (hi - lo) / Double(n)
        var best = 0.0, bestIndex = 0
        for k in 0...n {
            let v = posterior(lo + Double(k) * h).noiseVariance
            if v > best { best = v; bestIndex = k }
        }
        var a = lo + Double(max(bestIndex - 1, 0)) * h, b = lo + Double(min(bestIndex + 1, n)) * h
        let ratio = (5.0.squareRoot() - 1) / 2
        var c = b - ratio * (b - a), d = a + ratio * (b - a)
        var fc = posterior(c).noiseVariance, fd = posterior(d).noiseVariance
        for _ in 0..<80 where b - a > 1e-13 * max(1, abs(a)) {
            if fc > fd { b = d; d = c; fd = fc; c = b - ratio * (b - a); fc = posterior(c).noiseVariance }
            else { a = c; c = d; fc = fd; d = a + ratio * (b - a); fd = posterior(d).noiseVariance }
        }
        return max(best, fc, fd)
    }
}
