import ExactSolvers
import Foundation
import GSLKit
import MarkovGames
import PropertyBased
import Testing

@Suite struct PolicyStepTests {
    /// A one-state game with two agents of two actions each, r(a₁,a₂) = [[1, 0], [3, 2]], γ = 1/2,
    /// π₁ = (1/4, 3/4), π₂ = (1/2, 1/2), η = 0.2 (λ = η/(1−γ) = 0.4). By hand:
    ///   r_π = ¼·(1+0)/2 + ¾·(3+2)/2 = 2,  V = r_π/(1−γ) = 4,  Q = r + γV = [[3, 2], [5, 4]],
    ///   Q̄₁ = (½·3 + ½·2, ½·5 + ½·4) = (2.5, 4.5),  Q̄₂ = (¼·3 + ¾·5, ¼·2 + ¾·4) = (4.5, 3.5),
    ///   π₁'(0) = ¼e^{0.4·2.5} / (¼e^{1.0} + ¾e^{1.8}) = 1/(1 + 3e^{0.8}),
    ///   π₂'(0) = e^{0.4·4.5} / (e^{1.8} + e^{1.4}) = 1/(1 + e^{−0.4}).
    /// Both agents update from the same π (the simultaneous update of ddpl Alg. 1).
    @Test func decentralizedSoftmaxStepMatchesTheHandComputedClosedForm() throws {
        let game = try Game(name: "one-state", stateNames: ["s"],
                            agents: [Agent(name: "1", actions: ["x", "y"]), Agent(name: "2", actions: ["x", "y"])],
                            gamma: 0.5, initial: [1], transitions: [1, 1, 1, 1], rewards: .shared([1, 0, 3, 2]))
        let next = try DecentralizedSoftmaxStep.next(game: game, policy: ProductPolicy(tables: [[0.25, 0.75], [0.5, 0.5]]), eta: 0.2)
        let p1 = 1 / (1 + 3 * exp(0.8)), p2 = 1 / (1 + exp(-0.4))
        // A handful of roundings in the solve, the averaging and the softmax: 32ε.
        #expect(abs(next.tables[0][0] - p1) <= 32 * Double.ulpOfOne)
        #expect(abs(next.tables[0][1] - (1 - p1)) <= 32 * Double.ulpOfOne)
        #expect(abs(next.tables[1][0] - p2) <= 32 * Double.ulpOfOne)
        #expect(abs(next.tables[1][1] - (1 - p2)) <= 32 * Double.ulpOfOne)

        // In log space a step far beyond exp's range stays finite: with λQ̄ ≈ 10⁶ each agent puts all
        // its mass on its argmax of Q̄ (agent 1 on y: 4.5 > 2.5; agent 2 on x: 4.5 > 3.5).
        let huge = try DecentralizedSoftmaxStep.next(game: game, policy: ProductPolicy(tables: [[0.25, 0.75], [0.5, 0.5]]), eta: 1e6)
        #expect(huge.tables[0] == [0, 1])
        #expect(huge.tables[1] == [1, 0])
    }

    /// The softmax step keeps every row a distribution and never revives a zero-probability action.
    @Test func decentralizedSoftmaxStepKeepsDistributions() async {
        await propertyCheck(count: 30, input: GameShape.generator(), Gen.double(in: 0.001...100)) { shape, eta in
            let game = shape.game()
            let policy = RandomPolicies.product(game, rng: RandomSource(seed: shape.seed &+ 31))
            let next = try DecentralizedSoftmaxStep.next(game: game, policy: policy, eta: eta)
            try next.validate(for: game)
            for i in 0..<game.agentCount {
                for (old, new) in zip(policy.tables[i], next.tables[i]) where old == 0 { #expect(new == 0) }
            }
        }
    }

    /// mappo Prop. 4.2 / C4: at every (s, a^{1:m−1}) the step's row p* maximises
    /// F(p) = ⟨Q^{1:m}, p⟩ − β·KL(p ‖ π_k^m) over the simplex, and F(p*) = β·log Σ_a π_k^m(a)e^{Q(a)/β}.
    /// Checked against random simplex points, small perturbations of p* (which must not increase F,
    /// up to rounding) and the closed-form maximum. F and the closed form are sums of ≤ 2|A_m| terms,
    /// each rounded with relative error ≤ 2ε, of size ≤ ‖Q‖ + β(max|log(p/π_k)| + 1) (the +1 covers
    /// the rounding of log Σ, β·|A_m|ε): `Roundoff.sum` over 4|A_m| terms of that size.
    @Test func mirrorDescentStepMaximisesTheKLRegularisedObjective() async {
        await propertyCheck(count: 30, input: GameShape.generator(), Gen.double(in: 0.05...20)) { shape, beta in
            let game = shape.game()
            let rng = RandomSource(seed: shape.seed &+ 37)
            let policy = RandomPolicies.conditional(game, rng: rng)
            let localized = try LocalizedActionValues(game: game, policy: policy)
            let next = MirrorDescentStep.next(policy: policy, localized: localized, beta: beta)
            try next.validate(for: game)
            for m in 0..<game.agentCount {
                let k = game.agents[policy.order[m]].actionCount
                let q = localized.tables[m + 1]
                for row in 0..<(q.count / k) where rng.uniform() < 0.2 {
                    let range = (row * k)..<((row + 1) * k)
                    let old = Array(policy.tables[m][range]), qRow = Array(q[range]), best = Array(next.tables[m][range])
                    func objective(_ p: [Double]) -> Double {
                        var f = 0.0
                        for a in 0..<k {
                            f += p[a] * qRow[a]
                            if p[a] > 0 { f -= beta * p[a] * log(p[a] / old[a]) }
                        }
                        return f
                    }
                    let fBest = objective(best)
                    let logMagnitude = best.indices.filter { best[$0] > 0 }.map { abs(log(best[$0] / old[$0])) }.max() ?? 0
                    // closed form, with the same support as π_k^m (KL(p‖π_k) = ∞ outside it)
                    let shift = qRow.max()! / beta
                    let sum = zip(old, qRow).reduce(0.0) { $0 + $1.0 * exp($1.1 / beta - shift) }
                    // The step's row p̂ = exp(log π_k + Q/β − log Z) carries a relative error
                    // δ_a ≤ 4ε·L with L = max_a(|log π_k(a)| + |Q(a)|/β + |log Z|) (the exponent's
                    // absolute rounding, amplified by exp). At the maximiser ∂F/∂p_a = β(log Z − 1)
                    // for every a, so to first order |F(p̂) − F(p*)| ≤ k·max δ·β(|log Z| + 1).
                    let logZ = log(sum) + shift
                    let exponentSize = old.indices.filter { old[$0] > 0 }
                        .map { abs(log(old[$0])) + abs(qRow[$0]) / beta + abs(logZ) }.max() ?? 0
                    let stepError = Double(k) * 4 * Double.ulpOfOne * exponentSize * beta * (abs(logZ) + 1)
                    let tol = Roundoff.sum(terms: 4 * k, scale: Vector.infinityNorm(qRow) + beta * (logMagnitude + 1)) + stepError
                    #expect(abs(fBest - beta * (log(sum) + shift)) <= tol)
                    let support = old.indices.filter { old[$0] > 0 }
                    for _ in 0..<20 {
                        var p = [Double](repeating: 0, count: k)
                        let draw = rng.dirichlet(dimension: support.count)
                        for (j, a) in support.enumerated() { p[a] = draw[j] }
                        #expect(objective(p) <= fBest + tol)
                        let t = rng.uniform() * 1e-3
                        let nearby = zip(best, p).map { (1 - t) * $0 + t * $1 }
                        #expect(objective(nearby) <= fBest + tol)
                    }
                }
            }
        }
    }

    /// Alg. 1 as printed (lines 5–7) gives every agent Q^{1:m} of the OLD joint policy π_k, not of a
    /// policy with the predecessors already updated (that would be HAPPO's sequential scheme and would
    /// change every table from the second agent on). Each new table is rebuilt here from the closed form
    /// p ∝ π_k^m·e^{Q_{π_k}^{1:m}/β} with plain exponentials (the rows are shifted by their maximum,
    /// β = 2 keeps the exponents small), to 8|A_m|ε.
    @Test func mirrorDescentStepUsesQOfTheOldJointPolicy() async {
        await propertyCheck(count: 20, input: GameShape.generator(states: 1...8, agents: 2...4, maxActions: 2...3)) { shape in
            let game = shape.game()
            let policy = RandomPolicies.conditional(game, rng: RandomSource(seed: shape.seed &+ 41))
            let beta = 2.0
            let localized = try LocalizedActionValues(game: game, policy: policy)
            let next = try MirrorDescentStep.next(game: game, policy: policy, beta: beta)
            for m in 0..<game.agentCount {
                let k = game.agents[policy.order[m]].actionCount, q = localized.tables[m + 1], old = policy.tables[m]
                for row in 0..<(q.count / k) {
                    let shift = (0..<k).map { q[row * k + $0] }.max()!
                    let weights = (0..<k).map { old[row * k + $0] * exp((q[row * k + $0] - shift) / beta) }
                    let z = weights.reduce(0, +)
                    for a in 0..<k {
                        #expect(abs(next.tables[m][row * k + a] - weights[a] / z) <= 8 * Double(k) * Double.ulpOfOne * max(1, weights[a] / z))
                    }
                }
            }
        }
    }
}
