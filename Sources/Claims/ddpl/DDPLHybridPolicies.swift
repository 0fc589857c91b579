import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// The hybrid policies of ddpl's perturbation bound (App. C, Step 1):
/// ν^i := (π_1, …, π_i, π̃_{i+1}, …, π̃_n), ν^0 := π̃, so ν^n = π and J(π) − J(π̃) = Σ_i [J(ν^i) − J(ν^{i−1})] (69).
/// ν^i and ν^{i−1} differ only in agent i, and the performance-difference lemma (70) gives
/// J(ν^i) − J(ν^{i−1}) = (1/(1−γ)) Σ_{s,a_i} d^{ν^i}(s) π_i(a_i|s) Ā_i^{ν^{i−1}}(s,a_i).
struct HybridPolicies {
    /// One link i of the chain, with everything eqs. (70)–(74) use.
    struct Link {
        /// J(ν^i) − J(ν^{i−1}).
        let gain: Double
        /// (1/(1−γ)) Σ d^{ν^i}(s) π_i Ā_i^{ν^{i−1}} (eq. 70).
        let advantageSum: Double
        /// The same with π_i − π̃_i (eq. 71).
        let differenceSum: Double
        /// max_s |Σ_{a_i} π̃_i Ā_i^{ν^{i−1}}| (0 by definition of Ā).
        let centring: Double
        /// (1/(1−γ)) Σ_s d^{ν^i}(s) ‖π_i − π̃_i‖₁ max_{a_i}|Ā_i^{ν^{i−1}}| (eq. 72).
        let normBound: Double
        /// (1/(1−γ)) Σ_s d^{ν^i}(s) 2D_TV(π_i, π̃_i) (r_max − r_min)/(1−γ) (eq. 73).
        let rangeBound: Double
        /// max_s D_TV(π_i(·|s), π̃_i(·|s)).
        let variation: Double
        /// Round-off bound of the computed values (a few exact solves).
        let error: Double
    }

    let links: [Link]
    /// J(π) − J(π̃).
    let totalGain: Double
    let totalError: Double

    static func hybrid(_ pi: ProductPolicy, _ piTilde: ProductPolicy, first i: Int) -> ProductPolicy {
        ProductPolicy(tables: pi.tables.indices.map { j in j < i ? pi.tables[j] : piTilde.tables[j] })
    }

    init(game: Game, pi: ProductPolicy, piTilde: ProductPolicy) throws {
        let (rMin, rMax) = game.rewards.range
        let oneMinus = 1 - game.gamma
        var links: [Link] = []
        var previous = try game.evaluate(.product(piTilde))
        for i in 0..<game.agentCount {
            let before = Self.hybrid(pi, piTilde, first: i), after = Self.hybrid(pi, piTilde, first: i + 1)
            let evaluation = try game.evaluate(.product(after))
            let occupancy = try FiniteMDP(game: game).discountedStateOccupancy(policy: after.joint(in: game).table)
            let view = try AgentView(game: game, policy: before, agent: i)
            let k = game.agents[i].actionCount
            var advantageSum = 0.0, differenceSum = 0.0, centring = 0.0, normBound = 0.0, rangeBound = 0.0, variation = 0.0
            for s in 0..<game.stateCount {
                var centre = 0.0, l1 = 0.0, largest = 0.0
                for a in 0..<k {
                    let adv = view.averagedAdvantage[s * k + a], p = pi.tables[i][s * k + a], q = piTilde.tables[i][s * k + a]
                    advantageSum += occupancy[s] * p * adv
                    differenceSum += occupancy[s] * (p - q) * adv
                    centre += q * adv
                    l1 += abs(p - q)
                    largest = max(largest, abs(adv))
                }
                centring = max(centring, abs(centre))
                normBound += occupancy[s] * l1 * largest
                rangeBound += occupancy[s] * l1 * (rMax - rMin) / oneMinus
                variation = max(variation, l1 / 2)
            }
            let scale = max(Vector.infinityNorm(evaluation.values), Vector.infinityNorm(previous.values))
            links.append(Link(gain: evaluation.objective(initial: game.initial) - previous.objective(initial: game.initial),
                              advantageSum: advantageSum / oneMinus, differenceSum: differenceSum / oneMinus, centring: centring,
                              normBound: normBound / oneMinus, rangeBound: rangeBound / oneMinus, variation: variation,
                              error: 4 * DiscountedTolerance.forwardError(size: game.stateCount, gamma: game.gamma, scale: scale) / oneMinus))
            previous = evaluation
        }
        self.links = links
        let jPi = try game.evaluate(.product(pi)), jTilde = try game.evaluate(.product(piTilde))
        totalGain = jPi.objective(initial: game.initial) - jTilde.objective(initial: game.initial)
        totalError = jPi.forwardErrorBound + jTilde.forwardErrorBound
    }
}
