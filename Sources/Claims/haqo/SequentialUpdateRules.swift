import ExactSolvers
import Foundation
import MarkovGames

/// The two sequential update rules the haqo claims are exercised on; neither is printed in the
/// paper as a tabular formula, both are its idealised exact-critic forms.
enum SequentialUpdateRules {
    /// The natural-gradient (HAML mirror) step of eq. (1) applied in order i_{1:n}: agent i_m's
    /// new table is π_old^{i_m}(a|s)·exp(η Ā_m(s,a)) normalised, with Ā_m the conditional
    /// advantage of π_(m−1) averaged over the already-updated predecessors (the direction of the
    /// proof's line search, App. A.6 Step 5). One exact evaluation per agent.
    static func naturalGradientRound(game: Game, old: ProductPolicy, order: [Int], eta: Double) throws -> ProductPolicy {
        var current = old
        for (l, agent) in order.enumerated() {
            let round = try SequentialRound(game: game, old: old, new: current, order: order)
            // π_(l) of `round` is `current` restricted to the first l agents, which is `current` itself.
            let chain = round.chain(of: l)
            let abar = round.conditionalAdvantage(position: l + 1, chain: chain)
            let table = PolicyPaths.tilt(old.tables[agent], by: abar, eta: eta, width: game.agents[agent].actionCount)
            current = PolicyPaths.replacing(current, agent: agent, with: table)
        }
        return current
    }

    /// The result of the idealised HAQO step (T2): the new policy and, per position m, the mixing
    /// weight λ_m, the tilted target q^{i_m} and the predecessor-averaged weights w̄.
    struct HAQOStep: Sendable {
        let new: ProductPolicy
        let mixing: [Double]
        let targets: [[Double]]
        let averagedWeights: [[Double]]
    }

    /// The idealised HAQO update of Alg. 1 with an infinite-capacity denoiser and the exact
    /// critic: for agent i_m, the minimiser over all denoisers of J^QV + J^ent (eqs. (5), (9) with
    /// the same state law) is the Bayes denoiser of the tilted law
    ///   q(a|s) = (π_old(a|s)·w̄(s,a) + α·u(a)) / (E_{π_old}[w̄] + α),  w̄ = E_{pred ~ π_new} ω,
    /// u uniform on the K actions (counting measure, Assumption A.3), ω from `weight` on Δ_m of
    /// π_(m−1); the trust region of Assumption A.5(i) is applied by mixing
    /// π_new = (1−λ)π_old + λq with the largest λ ∈ [0,1] such that
    /// E_{s~d^{π_old}} KL(π_old^{i_m}‖π_new^{i_m}) ≤ δ (bisection; KL is increasing in λ).
    /// At a state where w̄ ≡ 0 and α = 0, q is undefined and π_old is kept.
    static func haqoRound(game: Game, old: ProductPolicy, order: [Int], weight: QWeight, alpha: Double,
                          radius delta: Double) throws -> HAQOStep {
        var current = old
        var mixing: [Double] = [], targets: [[Double]] = [], averaged: [[Double]] = []
        let rho = try FiniteMDP(game: game).discountedStateOccupancy(policy: old.joint(in: game).table)
        for (l, agent) in order.enumerated() {
            let round = try SequentialRound(game: game, old: old, new: current, order: order)
            let chain = round.chain(of: l)
            let wbar = averagedWeights(round: round, position: l + 1, chain: chain, weight: weight)
            let k = game.agents[agent].actionCount, p = old.tables[agent]
            var q = p
            for s in 0..<game.stateCount {
                var mass = 0.0
                for a in 0..<k { mass += p[s * k + a] * wbar[s * k + a] }
                guard mass + alpha > 0 else { continue }
                for a in 0..<k { q[s * k + a] = (p[s * k + a] * wbar[s * k + a] + alpha / Double(k)) / (mass + alpha) }
            }
            let lambda = try largestFeasibleMixing(old: p, target: q, width: k, rho: rho, radius: delta)
            let table = zip(p, q).map { (1 - lambda) * $0 + lambda * $1 }
            current = PolicyPaths.replacing(current, agent: agent, with: table)
            mixing.append(lambda)
            targets.append(q)
            averaged.append(wbar)
        }
        return HAQOStep(new: current, mixing: mixing, targets: targets, averagedWeights: averaged)
    }

    /// w̄(s,a) = E_{a^{i_{1:m−1}} ~ π_new} ω(s, a^{i_{1:m−1}}, a), flat [s][a], for position m.
    static func averagedWeights(round: SequentialRound, position m: Int, chain: LocalizedActionValues, weight: QWeight) -> [Double] {
        let game = round.game, agent = round.order[m - 1]
        let k = chain.ordering.sizes[m - 1], width = chain.prefixCounts[m - 1], nS = game.stateCount
        let delta = chain.advantage(agentAt: m), pred = round.predecessorProbabilities(position: m)
        let p = round.old.tables[agent]
        var out = [Double](repeating: 0, count: nS * k)
        for s in 0..<nS {
            for b in 0..<width {
                let row = (s * width + b) * k
                let w = weight.weights(advantage: delta[row..<(row + k)], old: p[(s * k)..<((s + 1) * k)])
                for a in 0..<k { out[s * k + a] += pred[s * width + b] * w[a] }
            }
        }
        return out
    }

    /// The largest λ ∈ [0,1] with Σ_s ρ(s) KL(p_s‖(1−λ)p_s + λq_s) ≤ δ, by 60 bisection steps.
    static func largestFeasibleMixing(old p: [Double], target q: [Double], width k: Int, rho: [Double], radius delta: Double) throws -> Double {
        func kl(_ lambda: Double) throws -> Double {
            let mix = zip(p, q).map { (1 - lambda) * $0 + lambda * $1 }
            return PolicyDivergences.average(try PolicyDivergences.kullbackLeibler(p, mix, width: k), under: rho)
        }
        // δ = 0 admits only π_old (KL > 0 for every λ > 0 when q ≠ p; evaluated KL underflows below ~λ²).
        if delta <= 0 { return 0 }
        if try kl(1) <= delta { return 1 }
        var lo = 0.0, hi = 1.0
        for _ in 0..<60 {
            let mid = (lo + hi) / 2
            if try kl(mid) <= delta { lo = mid } else { hi = mid }
        }
        return lo
    }
}
