import Foundation
import GSLKit

/// The two readings of the team Bellman operator T_s^Π of ltde (3.13):
///
///   T_s^Π Q(µ, h) = E_{µ'~P_N(·|µ,h), h'~Π(·|·)}[r_s(µ(N_s), h(s)) + γ Q(µ', h')].
enum BellmanReading: String, CaseIterable, Sendable {
    /// As printed, h' ~ Π(· | µ): the next team actions are drawn with the CURRENT measure's
    /// policy; for Π ∈ U induced by π, each of the Nµ'(x) agents in x draws from π(x, µ(x)).
    case printed
    /// h' ~ Π(· | µ'), as the definition (3.11) (h_{t+1} ~ Π(· | µ_{t+1})) requires.
    case next

    var phrase: String {
        switch self {
        case .printed: "(3.13) as printed, h' ~ Π(·|µ) with the current µ: each of the Nµ'(x) agents in x draws from π(x, µ(x))"
        case .next: "(3.13) with h' ~ Π(·|µ'), as (3.11) draws h_{t+1} ~ Π(·|µ_{t+1})"
        }
    }
}

/// T_s^Π under either reading, for a policy Π ∈ U given by its individual table π(x, n/N).
struct TeamBellmanOperator: Sendable {
    let problem: TeamProblem
    let reading: BellmanReading

    /// (T Q)(ξ) for the reward r on Ξ.
    func apply(_ q: [Double], reward r: [Double]) -> [Double] {
        let chain = problem.chain, gamma = problem.gamma
        switch reading {
        case .next:
            let pq = chain.expectation(q)
            return (0..<q.count).map { r[$0] + gamma * pq[$0] }
        case .printed:
            let space = problem.space
            return (0..<q.count).map { xi in
                let current = space.counts(xi)
                var next = 0.0
                for (mu, p) in problem.kernel.rows[xi].enumerated() where p > 0 {
                    let counts = space.measures[mu]
                    let laws = (0..<space.nodeCount).map {
                        TeamPolicy.multinomialLaw(trials: counts[$0], probabilities: problem.individual[$0][current[$0]], space: space)
                    }
                    for xiNext in space.configurations(ofMeasure: mu) {
                        var w = 1.0
                        for y in 0..<space.nodeCount { w *= laws[y][space.teamActionIndex(xiNext, node: y)] }
                        next += p * w * q[xiNext]
                    }
                }
                return r[xi] + gamma * next
            }
        }
    }
}

extension TeamChain {
    /// Q_s^Π by its definition (3.11) as a series, Σ_{t<T} γ^t (P^Π)^t r, with T chosen so that the
    /// tail γ^T sup|r|/(1−γ) is below 10⁻¹⁴·max(1, sup|r|/(1−γ)); returns the partial sum and the
    /// tail bound.
    func discountedSeries(reward r: [Double]) -> (values: [Double], tail: Double, terms: Int) {
        let sup = Vector.infinityNorm(r)
        let target = 1e-14 * max(1, sup / (1 - gamma))
        var terms = 0, tail = sup / (1 - gamma)
        while tail > target && terms < 20_000 { terms += 1; tail *= gamma }
        var v = [Double](repeating: 0, count: r.count)
        for _ in 0..<terms {
            let pv = expectation(v)
            v = (0..<r.count).map { r[$0] + gamma * pv[$0] }
        }
        return (v, tail, terms)
    }
}
