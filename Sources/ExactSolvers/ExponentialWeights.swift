import Foundation
import GSLKit

/// The multiplicative-weights update p'(a) = p(a)·exp(λ·q(a)) / Σ_b p(b)·exp(λ·q(b)) that every exact
/// policy step of the papers takes (ddpl Alg. 1, mappo Prop. 4.2, mfppo Prop. 3.2), computed in log
/// space: log p' = log p + λq − logsumexp(log p + λq). Nothing overflows however large λ·q is, and
/// an action with p(a) = 0 keeps probability 0.
enum ExponentialWeights {
    /// Reweights the distribution `p` by exp(scale·q), both rows of the same length.
    static func reweight(_ p: ArraySlice<Double>, by q: ArraySlice<Double>, scale: Double) -> [Double] {
        precondition(p.count == q.count, "ExponentialWeights.reweight: rows of length \(p.count) and \(q.count)")
        let logits = zip(p, q).map { pa, qa in pa > 0 ? log(pa) + scale * qa : -Double.infinity }
        return Special.softmax(logits)
    }
}
