import ExactSolvers
import GSLKit
import MarkovGames

/// The Markov chain of (µ_t, h_t) on Ξ under a team policy Π (ltde Sec. 3.1 and 4.1):
/// µ_{t+1} ~ P_N(· | µ_t, h_t) (3.5), h_{t+1} ~ Π(· | µ_{t+1}), so
///
///   P^Π[ξ → ξ'] = P_N(µ' | ξ) Π(h' | µ'),
///
/// and the exact solves the claims need: the team Q-function Q_s^Π = (I − γP^Π)⁻¹ r_s of (3.11)
/// (the unique solution of Lemma 3.3's Bellman equation), the stationary distribution ν_Π and
/// the discounted visitation σ_Π (4.2).
struct TeamChain: Sendable {
    let space: TeamConfigurations
    let kernel: MeanFieldTransition
    let policy: TeamPolicy
    let gamma: Double
    /// Π(· | µ) over the configurations of each measure.
    let policyWeights: [[Double]]
    /// P^Π, |Ξ| × |Ξ|.
    let transition: Matrix
    private let resolvent: LUFactorization

    init(kernel: MeanFieldTransition, policy: TeamPolicy, gamma: Double) throws(GSLError) {
        let space = kernel.space, n = space.count
        let weights = policy.measureWeights(in: space)
        var p = Matrix(rows: n, columns: n)
        for xi in 0..<n {
            for (mu, q) in kernel.rows[xi].enumerated() where q > 0 {
                let first = space.firstConfiguration[mu]
                for (j, w) in weights[mu].enumerated() { p.storage[xi * n + first + j] = q * w }
            }
        }
        var a = p
        for k in 0..<(n * n) { a.storage[k] *= -gamma }
        for k in 0..<n { a.storage[k * n + k] += 1 }
        self.space = space
        self.kernel = kernel
        self.policy = policy
        self.gamma = gamma
        policyWeights = weights
        transition = p
        resolvent = try LUFactorization(a)
    }

    /// Q = (I − γP^Π)⁻¹ r for a reward r on Ξ (the team Q_s^Π for r = r_s), with the forward-error
    /// bound κ_∞·8|Ξ|ε·‖Q‖_∞ of the solve.
    func actionValues(reward r: [Double]) throws(GSLError) -> (values: [Double], errorBound: Double) {
        let s = try resolvent.solve(r)
        return (s.x, DiscountedTolerance.forwardError(size: space.count, gamma: gamma, scale: Vector.infinityNorm(s.x)))
    }

    /// The team Q-functions Q_s^Π of every team, and the largest error bound among them.
    func teamActionValues(_ rewards: TeamRewards) throws(GSLError) -> (values: [[Double]], errorBound: Double) {
        var out: [[Double]] = [], bound = 0.0
        for r in rewards.values {
            let q = try actionValues(reward: r)
            out.append(q.values)
            bound = max(bound, q.errorBound)
        }
        return (out, bound)
    }

    /// V(µ) = Σ_h Π(h|µ) Q(µ, h), per measure.
    func stateValues(_ q: [Double]) -> [Double] {
        (0..<space.measureCount).map { mu in
            let first = space.firstConfiguration[mu]
            var v = 0.0
            for (j, w) in policyWeights[mu].enumerated() { v += w * q[first + j] }
            return v
        }
    }

    /// (P^Π f)(ξ) = E[f(ξ') | ξ].
    func expectation(_ f: [Double]) -> [Double] { transition.times(f) }

    /// The chain as a one-action `FiniteMDP` (reward 0), to reuse the exact stationary and
    /// occupancy solvers.
    private var chainMDP: FiniteMDP {
        FiniteMDP(stateCount: space.count, actionCount: 1, transitions: transition.storage,
                  rewards: [Double](repeating: 0, count: space.count), gamma: gamma,
                  initial: [Double](repeating: 1 / Double(space.count), count: space.count))
    }

    /// ν_Π, the stationary distribution of P^Π (unique when the chain has one closed class).
    func stationaryDistribution() throws(SolverError) -> [Double] {
        try chainMDP.stationaryDistribution(policy: [Double](repeating: 1, count: space.count))
    }

    /// ρ₀(ξ) = P₀(µ) Π(h | µ) for a law P₀ on the measures.
    func initialConfigurationLaw(_ p0: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: space.count)
        for mu in 0..<space.measureCount {
            let first = space.firstConfiguration[mu]
            for (j, w) in policyWeights[mu].enumerated() { out[first + j] = p0[mu] * w }
        }
        return out
    }

    /// σ_Π(ξ) = (1 − γ) Σ_t γ^t P(ξ_t = ξ), ξ₀ ~ P₀·Π (eq. (4.2)), by one solve.
    func visitation(initialMeasures p0: [Double]) throws(SolverError) -> [Double] {
        try chainMDP.discountedStateOccupancy(policy: [Double](repeating: 1, count: space.count), initial: initialConfigurationLaw(p0))
    }

    /// σ̄_Π(µ) = Σ_h σ_Π(µ, h), the state visitation measure (App. D.2.2).
    func measureMarginal(_ sigma: [Double]) -> [Double] {
        (0..<space.measureCount).map { mu in space.configurations(ofMeasure: mu).reduce(0) { $0 + sigma[$1] } }
    }

    /// J = E_{µ₀~P₀}[V(µ₀)] = Σ_ξ P₀(µ)Π(h|µ) Q(ξ) (eq. (4.1)).
    func objective(actionValues q: [Double], initialMeasures p0: [Double]) -> Double {
        Vector.dot(initialConfigurationLaw(p0), q)
    }
}

extension TeamConfigurations {
    /// P₀ of the claims: the law of the empirical measure when each agent starts in a uniformly
    /// drawn local state, P₀(n) = N!/∏_x n_x! · k^{−N} (the push-forward of the N-agent game's
    /// uniform ρ₀ over profiles).
    var uniformProfileLaw: [Double] {
        let k = Double(nodeCount), n = agentCount
        return measures.map { counts in
            var logP = Special.logGamma(Double(n + 1)) - Double(n) * log(k)
            for c in counts { logP -= Special.logGamma(Double(c + 1)) }
            return exp(logP)
        }
    }
}

import Foundation
