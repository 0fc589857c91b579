import Divergences
import ExactSolvers
import Foundation
import GSLKit
import Learners
import MarkovGames

/// The exact quantities of one policy π: its localized Q-functions and its stationary law.
struct PolicyState: Sendable {
    let policy: ConditionalPolicy
    /// The exact evaluation of π (V, Q and their forward-error bound).
    let evaluation: PolicyEvaluation
    let actionValues: LocalizedActionValues
    let law: StationaryLaw

    init(game: Game, policy: ConditionalPolicy) throws {
        self.policy = policy
        evaluation = try game.evaluate(.conditional(policy))
        actionValues = LocalizedActionValues(game: game, policy: policy, evaluation: evaluation)
        law = try StationaryLaw(game: game, policy: policy)
    }
}

/// The critic of Assumption 4.3 used by the inexact checks: Q̂^{1:m} = clip(Q^{1:m} + ξ, −B, B) with
/// ξ i.i.d. N(0, sd²) per entry, so |Q̂| ≤ B holds by construction and ε' is whatever the noise gives.
enum NoisyCritic {
    /// Q̂^{1:m} for m = 1…N (0-based array), flat [s][b_m].
    static func estimate(_ q: LocalizedActionValues, standardDeviation sd: Double, bound b: Double, _ rng: RandomSource) -> [[Double]] {
        (1..<q.tables.count).map { m in q.tables[m].map { min(max($0 + rng.normal(standardDeviation: sd), -b), b) } }
    }
}

/// One iteration k of mappo's Algorithm 1, every agent m, with every quantity of App. B evaluated
/// exactly: the current, real and ideal updates, the residual of (7), the errors ε_k^m, ε'^m_k of
/// (7)–(8), the coefficients φ_k^m, φ_k^{m−1} of Def. 4.4, and Δ_k^m, δ_k^m of Thm. 4.5.
struct ImprovementStep: Sendable {
    struct Agent: Sendable {
        let m: Int
        /// π_{θ_k}^m, π_{θ_{k+1}}^m, the ideal π_{k+1}^m ∝ exp(β⁻¹Q^{1:m} + ϕᵀθ_k^m) (App. B, exact Q), π*^m:
        /// tables flat [s][b_{m−1}][a].
        let current: [Double], next: [Double], ideal: [Double], optimal: [Double]
        /// Q^{1:m}_{π_{θ_k}}, Q̂^{1:m}, the agent-m advantage A^m, flat [s][b_m].
        let q: [Double], qHat: [Double], advantage: [Double]
        /// u = (θ_{k+1}^m − θ_k^m)ᵀϕ and the residual g = u − β⁻¹Q̂ of (7).
        let update: [Double], residual: [Double]
        /// σ_k^{1:m} (flat [s][b_m]) and σ*^{1:m−1} (one weight per row (s, b_{m−1})).
        let sigmaK: [Double], sigmaStarRows: [Double]
        /// ε_k^m = ‖g‖_{2,σ_k}, ε'^m_k = ‖Q̂ − Q‖_{2,σ_k}: the smallest values (7) and (8) allow.
        let epsilon: Double, epsilonPrime: Double
        /// φ_k^m and φ_k^{m−1}.
        let phi: Double, phiPrevious: Double
        let beta: Double

        /// Δ_k^m = √2(φ_k^m + φ_k^{m−1})(ε_k^m + ε'^m_k/β_k) (Thm. 4.5, Lemma B.5).
        var bigDelta: Double { 2.0.squareRoot() * (phi + phiPrevious) * (epsilon + epsilonPrime / beta) }
        /// δ_k^m = 2φ_k^{m−1}ε_k^m (Thm. 4.5, Lemma B.4).
        var smallDelta: Double { 2 * phiPrevious * epsilon }
        /// |A|.
        var width: Int { q.count / sigmaStarRows.count }
    }

    let agents: [Agent]
    let beta: Double
    /// J(π_{θ_k}) = E_{ν*} V_{π_{θ_k}}.
    let objective: Double
    /// The absolute forward-error bound of the entries of Q^{1:m} (one LU solve).
    let qError: Double
    /// The larger forward-error bound of the entries of ν_k and ν* (relative to their size, ≤ 1).
    let lawError: Double

    init(game: Game, reference: OptimalReference, features: LogLinearFeatures, state: PolicyState,
         thetaK: [[Double]], thetaNext: [[Double]], qHat: [[Double]], beta: Double) throws {
        let layout = features.layout
        let phis = try Concentrability.coefficients(optimal: reference.stationary, current: state.law)
        var agents: [Agent] = []
        for m in 1...layout.agentCount {
            let k = layout.actionCount(agent: m)
            let q = state.actionValues.tables[m], qh = qHat[m - 1]
            let oldScores = features.scores(agent: m, thetaK[m - 1]), newScores = features.scores(agent: m, thetaNext[m - 1])
            let update = zip(newScores, oldScores).map { $0 - $1 }
            let residual = update.indices.map { update[$0] - qh[$0] / beta }
            let sigma = state.law.prefixes[m]
            var e2 = 0.0, ep2 = 0.0
            for j in sigma.indices { e2 += sigma[j] * residual[j] * residual[j]; ep2 += sigma[j] * (qh[j] - q[j]) * (qh[j] - q[j]) }
            agents.append(Agent(
                m: m, current: state.policy.tables[m - 1], next: PolicyRows.softmax(newScores, width: k),
                ideal: PolicyRows.softmax(q.indices.map { q[$0] / beta + oldScores[$0] }, width: k),
                optimal: reference.policy.tables[m - 1], q: q, qHat: qh,
                advantage: state.actionValues.advantage(agentAt: m), update: update, residual: residual,
                sigmaK: sigma, sigmaStarRows: reference.stationary.prefixes[m - 1],
                epsilon: e2.squareRoot(), epsilonPrime: ep2.squareRoot(), phi: phis[m], phiPrevious: phis[m - 1], beta: beta))
        }
        self.agents = agents
        self.beta = beta
        objective = reference.objective(state.actionValues.values)
        qError = state.evaluation.forwardErrorBound
        lawError = max(reference.stationary.errorBound, state.law.errorBound)
    }
}

/// Quantities on one row (one (s, a^{1:m−1})), natural logarithms.
enum RowDivergence {
    /// KL(p‖q) = Σ p log(p/q), 0·log 0 = 0 (Divergences' `kullbackLeibler`).
    static func kl(_ p: ArraySlice<Double>, _ q: ArraySlice<Double>) throws -> Double {
        DiscreteDivergence.kullbackLeibler(try DiscreteDistribution(probabilities: Array(p)), try DiscreteDistribution(probabilities: Array(q)))
    }

    /// ‖p − q‖₁.
    static func l1(_ p: ArraySlice<Double>, _ q: ArraySlice<Double>) -> Double {
        zip(p, q).reduce(0) { $0 + abs($1.0 - $1.1) }
    }

    /// ⟨f, p − q⟩.
    static func inner(_ f: ArraySlice<Double>, _ p: ArraySlice<Double>, _ q: ArraySlice<Double>) -> Double {
        var s = 0.0
        for i in 0..<f.count { s += f[f.startIndex + i] * (p[p.startIndex + i] - q[q.startIndex + i]) }
        return s
    }
}
