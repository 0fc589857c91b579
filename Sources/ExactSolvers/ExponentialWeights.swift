import Foundation
import GSLKit

/// The multiplicative-weights update p'(a) = p(a)·exp(λ·q(a)) / Σ_b p(b)·exp(λ·q(b)) that every exact
/// policy step of the papers takes (ddpl Alg. 1, mappo Prop. 4.2 and Alg. 2 eq. (6), mfppo Prop. 3.2),
/// computed in log space: log p' = log p + λq − logsumexp(log p + λq). Nothing overflows however
/// large λ·q is, and an action with p(a) = 0 keeps probability 0.
public enum ExponentialWeights {
    /// The unnormalized log-weights log p(a) + scale·q(a), −∞ where p(a) = 0: the logits of the
    /// reweighted distribution (for a learner that projects them instead of normalizing).
    public static func logits(_ p: ArraySlice<Double>, by q: ArraySlice<Double>, scale: Double) -> [Double] {
        precondition(p.count == q.count, "ExponentialWeights: rows of length \(p.count) and \(q.count)")
        return zip(p, q).map { pa, qa in pa > 0 ? log(pa) + scale * qa : -Double.infinity }
    }

    /// Reweights the distribution `p` by exp(scale·q), both rows of the same length.
    public static func reweight(_ p: ArraySlice<Double>, by q: ArraySlice<Double>, scale: Double) -> [Double] {
        Special.softmax(logits(p, by: q, scale: scale))
    }

    /// Reweights every row of a flat table (rows of `width` entries, e.g. a policy table [s][a]) by
    /// exp(scale·q) with q of the same layout. Complexity O(`p.count`).
    public static func reweightRows(_ p: [Double], by q: [Double], scale: Double, width: Int) -> [Double] {
        precondition(width >= 1 && p.count % width == 0 && p.count == q.count,
                     "ExponentialWeights.reweightRows: \(p.count) probabilities and \(q.count) values in rows of \(width)")
        var out = [Double]()
        out.reserveCapacity(p.count)
        for row in 0..<(p.count / width) {
            let range = (row * width)..<((row + 1) * width)
            out += reweight(p[range], by: q[range], scale: scale)
        }
        return out
    }
}
