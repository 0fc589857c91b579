import Foundation
import GSLKit

/// The K-candidate selection of haqo Alg. 1 and Prop. A.16 on a finite action set: K candidates
/// drawn i.i.d. from π_old^i, ranked by the critic Q^i (values distinct), and the law of what the
/// update then uses.
struct CandidateSelection: Sendable {
    /// π_old^i(a), a = 0..<m.
    let probabilities: [Double]
    /// Q^i(a) (distinct).
    let critic: [Double]

    /// The actions in increasing order of critic value.
    var ranking: [Int] { critic.indices.sorted { critic[$0] < critic[$1] } }

    /// The law of the best of K candidates: with the actions ranked a_(1) < … < a_(m) by Q and
    /// F_k = Σ_{j≤k} π(a_(j)), P(best = a_(k)) = F_k^K − F_{k−1}^K.
    func bestOfK(_ k: Int) -> [Double] {
        var out = [Double](repeating: 0, count: probabilities.count)
        var previous = 0.0, cumulative = 0.0
        for a in ranking {
            cumulative += probabilities[a]
            let current = pow(min(cumulative, 1), Double(k))
            out[a] = current - previous
            previous = current
        }
        return out
    }

    /// The limit of `bestOfK` as K → ∞: all mass on the highest-Q action of positive probability
    /// (F_{k}^K → 0 for every F_k < 1).
    var bestOfKLimit: [Double] {
        var out = [Double](repeating: 0, count: probabilities.count)
        if let top = ranking.last(where: { probabilities[$0] > 0 }) { out[top] = 1 }
        return out
    }

    /// Mean and variance of g(a) under a law on the actions.
    static func moments(of g: [Double], under p: [Double]) -> (mean: Double, variance: Double) {
        var m = 0.0, s = 0.0
        for (w, v) in zip(p, g) { m += w * v; s += w * v * v }
        return (m, max(s - m * m, 0))
    }

    /// Mean and variance of the average of g over the top `kept` of K candidates (with repetition),
    /// by enumerating the multinomial counts of K draws. Complexity O(C(K+m−1, m−1)·m).
    func topAverageMoments(of g: [Double], candidates k: Int, kept: Int) -> (mean: Double, variance: Double) {
        let order = ranking.reversed().map { $0 }
        let m = probabilities.count
        let logP = probabilities.map { $0 > 0 ? log($0) : -Double.infinity }
        let logFactorialK = Special.logGamma(Double(k) + 1)
        var mean = 0.0, second = 0.0
        var counts = [Int](repeating: 0, count: m)
        func visit(_ j: Int, _ left: Int) {
            if j == m - 1 {
                counts[j] = left
                var logProb = logFactorialK
                for a in 0..<m where counts[a] > 0 {
                    if logP[a] == -.infinity { return }
                    logProb += Double(counts[a]) * logP[a] - Special.logGamma(Double(counts[a]) + 1)
                }
                let w = exp(logProb)
                var need = kept, total = 0.0
                for a in order where need > 0 {
                    let take = min(counts[a], need)
                    total += Double(take) * g[a]
                    need -= take
                }
                let avg = total / Double(kept)
                mean += w * avg
                second += w * avg * avg
                return
            }
            for c in 0...left {
                counts[j] = c
                visit(j + 1, left - c)
            }
        }
        visit(0, k)
        return (mean, max(second - mean * mean, 0))
    }
}
