import Divergences
import ExactSolvers
import Foundation
import GSLKit
import MarkovGames
import Testing
@testable import Learners

/// MA-PPO, HAQO, MF-PPO, LTDE and the diffusion pieces against independent values.
@Suite struct PaperLearnerTests {
    @Test("MA-PPO Algorithm 1 from logits equals ExactSolvers' mirror-descent step on tables")
    func mappoExactStep() throws {
        let game = TestGames.identicalInterest(states: 3, agents: 3, seed: 4)
        let learner = try MAPPOExact(game: game, update: .algorithm1, beta: 2.5, order: [0, 1, 2])
        guard case .conditional(let start) = try learner.start().policy, case .conditional(let next) = try learner.step().policy else {
            Issue.record("not conditional"); return
        }
        let reference = try MirrorDescentStep.next(game: game, policy: start, beta: 2.5)
        // Two routes to softmax(log π + Q/β): logits vs reweighted tables; rows of ≤ 2 entries of size ≤ 1
        // agree to a few ulps of the logits (|Q/β| ≤ 4).
        for (a, b) in zip(next.tables.flatMap { $0 }, reference.tables.flatMap { $0 }) { #expect(abs(a - b) <= 1e-14) }
    }

    @Test("MA-PPO's App. E directions on the ratio game are V(e_a, p₂) and V(e_a, e_b) of V(x,y) = xᵀRy/xᵀSy")
    func ratioGameDirections() throws {
        let game = TestGames.named("ratio-game")
        let directions = try MAPPOExact.appendixEDirections(game: game, policy: .uniform(game))
        // Hand calculation with R = [[1, 0.5], [−0.5, 0]], S = [[1, 1], [0.1, 0.1]] and p₂ = (½, ½):
        // V(e₁, p₂) = (1·½ + 0.5·½)/1 = 0.75; V(e₂, p₂) = (−0.5·½)/0.1 = −2.5;
        // V(e_a, e_b) = R(a,b)/S(a,b) = 1, 0.5, −5, 0. Only the "play" state (index 0) is live.
        let expected1 = [0.75, -2.5], expected2 = [1, 0.5, -5, 0]
        for a in 0..<2 { #expect(abs(directions[0][a] - expected1[a]) <= 1e-13) }
        for b in 0..<4 { #expect(abs(directions[1][b] - expected2[b]) <= 1e-13) }
    }

    /// d = 1, ϕ = (1, 0.5), w = (0.3, 0.7), y = (2, 1): both points fit θ = 2 exactly, so the minimum is
    /// L = 0 when R ≥ 2; with R = 1 the minimiser is θ = 1 and L = 0.3·1² + 0.7·(0.5 − 1)² = 0.475.
    @Test func trustRegionMinimumInOneDimension() throws {
        func problem(_ r: Double) -> ProjectionProblem {
            ProjectionProblem(features: [1, 0.5], dimension: 1, weights: [0.3, 0.7], thetaK: [0], qHat: [2, 1], beta: 1, radius: r)
        }
        let free = try problem(3).minimum(), bound = try problem(1).minimum()
        #expect(abs(free.theta[0] - 2) < 1e-12 && free.loss < 1e-24)
        #expect(abs(bound.theta[0] - 1) < 1e-9 && abs(bound.loss - 0.475) < 1e-9)
    }

    /// d = 2, ϕ = e₁, e₂ with weights ½, ½ and y = (3, 4): H = ½I is isotropic, so the minimiser over
    /// ‖θ‖ ≤ 2.5 is the radial projection (1.5, 2) and L = ½·1.5² + ½·2² = 3.125. The gradient bound is
    /// max_j 2‖ϕ_j‖(R‖ϕ_j‖ + |y_j|) = 2(2.5 + 4) = 13.
    @Test func trustRegionMinimumOnTheBoundaryAndGradientBound() throws {
        let p = ProjectionProblem(features: [1, 0, 0, 1], dimension: 2, weights: [0.5, 0.5], thetaK: [0, 0], qHat: [3, 4], beta: 1, radius: 2.5)
        let best = try p.minimum()
        // Bisection on λ to machine precision leaves ‖θ‖ − R at round-off; 1e-9 is generous.
        #expect(abs(best.theta[0] - 1.5) < 1e-9 && abs(best.theta[1] - 2) < 1e-9)
        #expect(abs(best.loss - 3.125) < 1e-9)
        #expect(abs(p.gradientBound - 13) < 1e-12)
    }

    /// One sample ϕ = 1, y = 0.5, θ(0) = 0, η = 0.1: θ(t) = 0.5(1 − 0.8^t) = 0.1, 0.18, 0.244, 0.2952,
    /// 0.33616, whose mean over t = 1…5 is 0.231072. With R = 0.2 the iterates are 0.1, 0.18, then 0.2
    /// three times (each step overshoots and is projected back): mean 0.176. From θ(0) = 0.3 (the
    /// learner's sgdStart=previous) θ(t) = 0.5 − 0.2·0.8^t = 0.34, 0.372, 0.3976, 0.41808, 0.434464: mean 0.3924288.
    @Test func algorithmThreeAveragesTheProjectedIterates() {
        func run(_ r: Double, from start: [Double]? = nil) -> Double {
            ProjectionProblem(features: [1], dimension: 1, weights: [1], thetaK: [0], qHat: [0.5], beta: 1, radius: r)
                .stochasticGradientDescent(steps: 5, stepSize: 0.1, draws: [0, 0, 0, 0, 0], start: start)[0]
        }
        #expect(abs(run(10) - 0.231072) < 1e-14)
        #expect(abs(run(0.2) - 0.176) < 1e-14)
        #expect(abs(run(10, from: [0.3]) - 0.3924288) < 1e-14)
    }

    @Test("projected SGD (Alg. 3) gets closer to the ideal update as T grows (one-hot, exact oracle)")
    func projectedSGD() throws {
        // With one-hot features and an exact oracle the projection sub-problem (4) has zero error; averaged
        // SGD's excess loss falls like T^{−1/2} (Lemma B.1), so ×10 in T moves the TV distance by a factor ≈ 3
        // at every step of the sequence, far beyond the seed-to-seed scatter at these T.
        let game = TestGames.identicalInterest(states: 3, seed: 6)
        var distances: [Double] = []
        for t in [300, 3000, 30000] {
            let text = try TestGames.traceText("mappo-sgd", game: game, iterations: 1, seed: 2,
                                               ["step": "0.5", "sgdStart": "previous", "sampling": "occupancy", "sgdSteps": "\(t)"])
            distances.append(try #require(try Trace.parse(text, game: game).iterates[1].iterate.targetDistance).totalVariation)
        }
        #expect(distances[1] < distances[0] && distances[2] < distances[1], "\(distances)")
    }

    @Test("pessimistic evaluation with population data and λ → ∞ is the LSTD fixed point, i.e. the exact Q^{1:m}")
    func pessimisticEvaluation() throws {
        let game = TestGames.identicalInterest(states: 3, seed: 7)
        let rng = RandomSource(seed: 3)
        let pi = ConditionalPolicy(ProductPolicy(tables: game.agents.map { a in (0..<game.stateCount).flatMap { _ in rng.dirichlet(dimension: a.actionCount) } }), game: game)
        let exact = try LocalizedActionValues(game: game, policy: pi)
        for m in 1...game.agentCount {
            // Population data: one row per (s, a^{1:m}) with the expected reward R^{1:m} and next-feature
            // Σ_{s'} P^{1:m}(s'|s, a^{1:m}) ϕ(s', π^{1:m}) of the localized MDP (mappo Def. 3.2).
            let op = MultiAgentBellmanOperator(game: game, policy: pi, prefixLength: m)
            let mdp = op.localizedMDP
            let d = mdp.stateCount * mdp.actionCount
            var x = Matrix(rows: d, columns: d), y = Matrix(rows: d, columns: d)
            for row in 0..<d {
                x[row, row] = 1
                for t in 0..<mdp.stateCount {
                    let p = mdp.transitions[row * mdp.stateCount + t]
                    for b in 0..<mdp.actionCount { y[row, t * mdp.actionCount + b] += p * op.prefixPolicy[t * mdp.actionCount + b] }
                }
            }
            var phi0 = [Double](repeating: 0, count: d)
            for s in 0..<mdp.stateCount { for b in 0..<mdp.actionCount { phi0[s * mdp.actionCount + b] = game.initial[s] * op.prefixPolicy[s * mdp.actionCount + b] } }
            let evaluation = try PessimisticEvaluation(x: x, y: y, rewards: mdp.rewards, phi0: phi0, gamma: game.gamma, lambda: 1e12, ridge: 1e-14)
            // The penalty is ≤ 0 (G is positive definite) and O(1/λ); the weights equal Q^{1:m} up to the
            // penalty and the ridge (1e-14 relative to Σ̂ = I/d): both below 1e-9 for |Q| ≤ 10, κ(I − γÂ) ≤ 19.
            #expect(evaluation.pessimismPenalty <= 0)
            for (w, q) in zip(evaluation.weights, exact.tables[m]) { #expect(abs(w - q) <= 1e-9, "m = \(m): \(w) vs \(q)") }
        }
    }

    /// A one-state, one-agent game with three actions, rewards (1, 2, 4), γ = 0.
    static func threeArmedBandit() -> Game {
        try! Game(name: "bandit3", stateNames: ["s"], agents: [Agent(name: "agent1", actions: ["a", "b", "c"])], gamma: 0,
                  initial: [1], transitions: [1, 1, 1], rewards: .shared([1, 2, 4]))
    }

    @Test("the idealised HAQO step on a three-armed bandit is the tilted law (π_old·ω̄ + αu)/(E ω̄ + α), by hand")
    func haqoTiltedLaw() throws {
        let game = Self.threeArmedBandit()
        let context = LearnerContext(game: game, iterations: 1, seed: 0)
        for (alpha, expected) in [(0.0, [0.0, 0.0, 1.0]), (0.3, [0.1 / (5.0 / 9 + 0.3), 0.1 / (5.0 / 9 + 0.3), (5.0 / 9 + 0.1) / (5.0 / 9 + 0.3)])] {
            // Uniform π_old: Q = r, V = 7/3, A = (−4/3, −1/3, 5/3); qadv ω = max(0, A − E_π A) = (0, 0, 5/3);
            // E_π ω = 5/9; q = (π ω + α/3)/(5/9 + α): α = 0 gives (0, 0, 1), α = 0.3 gives (0.1, 0.1, 5/9 + 0.1)/(5/9 + 0.3).
            let p = try LearnerParameters(learner: "haqo", declared: HAQOParameters.declared + [InitialPolicy.parameter],
                                          overrides: ["entropy": "\(alpha)", "delta": "none"])
            let learner = try HAQOTabular(context: context, p: p)
            _ = try learner.start()
            guard case .product(let next) = try learner.step().policy else { return }
            for a in 0..<3 { #expect(abs(next.tables[0][a] - expected[a]) <= 1e-15) }
        }
    }

    @Test("the HAQO trust region holds: E_ρ KL(π_old ‖ π_new) ≤ δ for every agent after a step")
    func haqoTrustRegion() throws {
        let game = TestGames.identicalInterest(states: 3, agents: 3, seed: 8)
        let context = LearnerContext(game: game, iterations: 1, seed: 1)
        let p = try LearnerParameters(learner: "haqo", declared: HAQOParameters.declared + [InitialPolicy.parameter],
                                      overrides: ["delta": "0.01", "entropy": "0", "initial": "random"])
        let learner = try HAQOTabular(context: context, p: p)
        guard case .product(let old) = try learner.start().policy, case .product(let new) = try learner.step().policy else { return }
        let rho = try FiniteMDP(game: game).discountedStateOccupancy(policy: old.joint(in: game).table)
        for i in 0..<game.agentCount {
            let k = game.agents[i].actionCount
            var kl = 0.0
            for s in 0..<game.stateCount {
                let a = try DiscreteDistribution(probabilities: Array(old.tables[i][(s * k)..<((s + 1) * k)]))
                let b = try DiscreteDistribution(probabilities: Array(new.tables[i][(s * k)..<((s + 1) * k)]))
                kl += rho[s] * DiscreteDivergence.kullbackLeibler(a, b)
            }
            #expect(kl <= 0.01 * (1 + 1e-12), "agent \(i): \(kl)")
        }
    }

    @Test("exact MF-PPO on a permutation-invariant game: symmetric iterates and J never decreasing")
    func mfppoExact() throws {
        let game = TestGames.named("mfppo-population", ["agents": "3"], seed: 2)
        let text = try TestGames.traceText("mfppo", game: game, iterations: 20)
        let trace = try Trace.parse(text, game: game)
        var previous = -Double.infinity
        for item in trace.iterates {
            guard case .joint(let pi) = item.iterate.policy else { Issue.record("not joint"); return }
            // Exact mirror descent with exact Q improves V at every state (a policy-improvement fact of the
            // exponential-weights step); J's round-off is below 1e-12 here.
            let j = try game.objective(item.iterate.policy)
            #expect(j >= previous - 1e-12)
            previous = j
            // π(κa|κs) = π(a|s) for every permutation κ of the agents (the iterates inherit the game's symmetry).
            #expect(try PermutationInvariance.worstViolation(of: pi, in: game) <= 1e-14)
        }
    }

    @Test("LTDE local rewards: the weighted reading sums to the team reward; the split recovers the model's local reward differences")
    func ltdeLocalRewards() throws {
        let model = NetworkedMeanFieldModel.random(graph: .path(nodes: 3), agents: 2, actions: 2, crowding: 1, rng: RandomSource(seed: 4))
        let game = try model.game(name: "net", gamma: 0.8, source: nil)
        let teams = try NetworkedTeams(game: game, hops: 1)
        let weighted = LocalRewards(teams: teams, weighted: true)
        let nA = game.jointActionCount
        for s in 0..<game.stateCount {
            let profile = teams.profiles[s]
            let measure = teams.counts(state: s).map { Double($0) / 2 }
            for a in 0..<nA {
                let total = weighted.tables.reduce(0) { $0 + $1[s * nA + a] }
                #expect(abs(total - game.reward(agent: 0, s, a)) <= 1e-14)
                // Changing agent 1's action changes team s¹'s weighted reward by (1/N)·Δ of the model's local reward.
                let a1 = game.jointActions.action(ofAgent: 0, in: a)
                let b = game.jointActions.replacing(agent: 0, with: 1 - a1, in: a)
                let y = profile[0]
                let expected = (model.localReward(at: y, measure: measure, action: 1 - a1) - model.localReward(at: y, measure: measure, action: a1)) / 2
                #expect(abs(weighted.tables[y][s * nA + b] - weighted.tables[y][s * nA + a] - expected) <= 1e-14)
            }
        }
    }

    @Test("LTDE's joint policy is exchangeable: π(κa|κs) = π(a|s)")
    func ltdeExchangeable() throws {
        let game = TestGames.named("ltde-network", ["nodes": "3", "agents": "3"], seed: 1)
        let text = try TestGames.traceText("ltde-ac", game: game, iterations: 1, ["criticSteps": "50", "batch": "8", "width": "4"])
        guard case .joint(let pi) = try Trace.parse(text, game: game).iterates[1].iterate.policy else { Issue.record("not joint"); return }
        #expect(try PermutationInvariance.worstViolation(of: pi, in: game) <= 1e-15)
    }

    @Test("ddpl eq. (24) schedule, by hand for H = 4, c' = c'' = 1")
    func theorySchedule() throws {
        let s = try NoiseSchedule.theory(steps: 4, cPrime: 1, cDoublePrime: 1)
        // r = log 4/4 = 0.34657359027997264, β₁ = 4⁻¹, β_{τ+1} = r·min(β₁(1 + r)^τ, 1):
        // β = (0.25, 0.11667171093988075, 0.15710704468442238, 0.21155619721897878), ᾱ₄ = ∏(1 − β) = 0.4402775799363676.
        let expected = [0.25, 0.11667171093988075, 0.15710704468442238, 0.21155619721897878]
        for (a, b) in zip(s.betas, expected) { #expect(abs(a - b) <= 1e-15) }
        #expect(abs(s.finalAlphaBar - 0.4402775799363676) <= 1e-15)
        #expect(abs(s.reverseVariance(1) - 0.25 / 0.75) <= 1e-16)
    }

    @Test("action cells: every action belongs to its nearest node")
    func actionCells() {
        let rule = ActionQuadrature(lowerBound: -1, upperBound: 2, points: 7)
        let cells = ActionCells(rule: rule), nodes = rule.nodes
        let rng = RandomSource(seed: 1)
        for _ in 0..<200 {
            let a = rng.uniform(-1, 2)
            let nearest = nodes.indices.min { abs(nodes[$0] - a) < abs(nodes[$1] - a) }!
            #expect(cells.cell(of: a) == nearest)
        }
    }
}
