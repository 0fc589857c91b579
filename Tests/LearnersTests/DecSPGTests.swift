import ExactSolvers
import Foundation
import GSLKit
import MarkovGames
import Testing
@testable import Learners

@Suite struct DecSPGTests {
    @Test("exact DecSPG with Thm. C.1's step: J never decreases and the NE-gap goes to 0 on a small game")
    func exactConverges() throws {
        let game = TestGames.identicalInterest(states: 3, seed: 1)
        let eta = try #require(DecSPGLearner.theoremStep(game))
        let learner = DecSPGLearner(game: game, eta: eta, qSource: .exact, initial: .uniform(game), rng: RandomSource(seed: 0))
        guard case .product(var pi) = try learner.start().policy else { Issue.record("not a product policy"); return }
        var gaps: [Double] = [try NashGap(game: game, policy: pi).value]
        var j = try game.objective(.product(pi))
        for k in 1...6000 {
            guard case .product(let next) = try learner.step().policy else { return }
            pi = next
            let jNext = try game.objective(.product(pi))
            // Exact DecSPG improves J at every step (ddpl eq. (76); Jensen makes each term ≥ 0); round-off of
            // two exact evaluations of J ≤ 10 with |S| = 3, γ = 0.9: 2·(1.9/0.1)·8·3·ε·10 ≈ 2e-12.
            #expect(jNext >= j - 2e-12, "J decreased at k = \(k)")
            j = jNext
            if k % 1000 == 0 { gaps.append(try NashGap(game: game, policy: pi).value) }
        }
        // The NE-gap falls from 2.0 to round-off: its own error bound (NashGap.errorBound ≈ 1e-12) times 100.
        let final = try NashGap(game: game, policy: pi)
        #expect(gaps[0] > 1)
        #expect(final.value <= 100 * final.errorBound + 1e-12, "NE-gap after 6000 steps: \(final.value)")
        for (a, b) in zip(gaps, gaps.dropFirst()) { #expect(b <= a + 1e-12) }
    }

    @Test("rollout estimates of Q̄_i lie within Hoeffding's bound of the exact Q̄_i")
    func rolloutEstimates() throws {
        let game = TestGames.identicalInterest(states: 3, gamma: 0.5, seed: 2)
        let rng = RandomSource(seed: 4)
        let pi = ProductPolicy(tables: game.agents.map { a in (0..<game.stateCount).flatMap { _ in rng.dirichlet(dimension: a.actionCount) } })
        let estimator = RolloutAveragedQ(batch: 2000, horizon: 30)
        let estimate = estimator.estimate(game: game, policy: pi, rng: RandomSource(seed: 7))
        // Each return lies in an interval of length (r_max − r_min)(1 − γ^H)/(1 − γ); by Hoeffding the mean of B
        // returns is within range·√(ln(2/δ)/(2B)) of its expectation with probability 1 − δ. With δ = 1e-6 per
        // entry and 12 entries, a false failure has probability ≤ 1.2e-5. The expectation differs from Q̄_i by
        // at most the truncation bias γ^H·max|r|/(1−γ).
        let (lo, hi) = game.rewards.range
        let range = (hi - lo) * (1 - pow(game.gamma, 30)) / (1 - game.gamma)
        let bound = range * (log(2 / 1e-6) / (2 * 2000)).squareRoot() + estimator.truncationBias(game)
        for i in 0..<game.agentCount {
            let exact = try AgentView(game: game, policy: pi, agent: i).averagedQ
            for (a, b) in zip(estimate[i], exact) { #expect(abs(a - b) <= bound, "agent \(i): \(a) vs \(b), bound \(bound)") }
        }
    }

    /// The TV distance of one sampled DecSPG step to the exact step, averaged over `repeats` seeds.
    static func meanTargetDistance(game: Game, batch: Int, repeats: Int) throws -> Double {
        var total = 0.0
        for r in 0..<repeats {
            let learner = DecSPGLearner(game: game, eta: DecSPGLearner.theoremStep(game)!, qSource: .sampled(RolloutAveragedQ(batch: batch, horizon: 40)),
                                        initial: .uniform(game), rng: RandomSource(seed: UInt64(1000 + r)))
            _ = try learner.start()
            total += try #require(try learner.step().targetDistance).totalVariation
        }
        return total / Double(repeats)
    }

    @Test("the sampled step's TV distance to the exact step shrinks like batch^{−1/2}")
    func sampledErrorShrinks() throws {
        // γ = 0.5 and H = 40 make the truncation bias γ^H·max|r|/(1−γ) ≈ 2e-12, far below the Monte-Carlo error,
        // so the estimation error of λQ̂ has standard deviation ∝ B^{−1/2}. The reweighting π ∝ π·exp(λQ̂) is smooth,
        // so for small errors TV is linear in that error and E[TV] ∝ B^{−1/2}: the log–log slope is −1/2. Averaging
        // 8 seeds per batch leaves each point with a relative standard deviation of about 0.3/√8 ≈ 0.1, i.e. a slope
        // standard error of about 0.1/(√4·0.7·ln 4) ≈ 0.05 over the 4 batches; ±0.2 is four standard errors.
        let game = TestGames.identicalInterest(states: 3, gamma: 0.5, seed: 2)
        let batches = [16, 64, 256, 1024]
        let distances = try batches.map { try Self.meanTargetDistance(game: game, batch: $0, repeats: 8) }
        let fit = try LineFit(x: batches.map { log(Double($0)) }, y: distances.map { log($0) })
        #expect(abs(fit.slope + 0.5) <= 0.2, "slope \(fit.slope), distances \(distances)")
        #expect(fit.slopeInterval().upperBound < 0)
    }

    @Test("independent PG's gradient equals central differences of the exact J in the logits")
    func policyGradient() throws {
        let game = TestGames.identicalInterest(states: 3, seed: 5)
        let rng = RandomSource(seed: 6)
        let logits = game.agents.map { a in (0..<(game.stateCount * a.actionCount)).map { _ in rng.normal() } }
        func policy(_ l: [[Double]]) -> ProductPolicy {
            ProductPolicy(tables: l.enumerated().map { PolicyRows.softmax($0.element, width: game.agents[$0.offset].actionCount) })
        }
        let gradient = try IndependentPolicyGradient.gradient(game: game, policy: policy(logits))
        let h = 1e-5
        for i in logits.indices {
            for k in logits[i].indices {
                var plus = logits, minus = logits
                plus[i][k] += h
                minus[i][k] -= h
                let fd = (try game.objective(.product(policy(plus))) - game.objective(.product(policy(minus)))) / (2 * h)
                // J ≤ 10 is smooth in the logits: h²|J'''|/6 + 2ε|J|/h with |J'''| ≲ 100 gives ≈ 2e-9; 1e-7 is the margin.
                #expect(abs(gradient[i][k] - fd) <= 1e-7, "agent \(i) entry \(k): \(gradient[i][k]) vs \(fd)")
            }
        }
    }

    @Test("Gaussian projection on ddpl's M_sa (blind reward): the mean stays 0 and 1/σ² solves eq. (9)")
    func gaussianProjection() throws {
        let game = TestGames.named("ddpl-sa", ["reward": "blind"])
        let learner = try GaussianProjectedDecSPG(game: game, eta: 0.01 * (1 - game.gamma), qSource: .exact, mean: 0, variance: 0.1,
                                                  projectionSteps: 10_000, projectionTolerance: 1e-9, rng: RandomSource(seed: 0))
        _ = try learner.start()
        let next = try learner.step()
        let mean = try #require(next.diagnostics.first { $0.name == "mean agent1 s0" }).value
        let variance = try #require(next.diagnostics.first { $0.name == "variance agent1 s0" }).value
        // ddpl (9) at μ = μ^k = 0, λ = 0.01, written by hand from (3) and (7):
        // 1/(2σ²) = 1/(2σ_k²) + λ(ν − 2c₀α(2αβ² − 1 − 2ασ²)(1 + 2ασ²)^{−5/2} exp(−αβ²/(1 + 2ασ²))).
        let (nu, c0, alpha, beta, lambda, previous) = (10.0, 2.7, 250.0, 0.5, 0.01, 0.1)
        func stationarity(_ v: Double) -> Double {
            let u = 1 + 2 * alpha * v
            let slope = nu - 2 * c0 * alpha * (2 * alpha * beta * beta - 1 - 2 * alpha * v) * pow(u, -2.5) * exp(-alpha * beta * beta / u)
            return 1 / (2 * v) - 1 / (2 * previous) - lambda * slope
        }
        // Gradient descent from σ² = σ_k² moves down to the first zero below σ_k²: scan down, then bisect.
        var hi = previous, lo = previous
        while stationarity(lo) < 0 { hi = lo; lo *= 0.99 }
        for _ in 0..<200 { let mid = 0.5 * (lo + hi); if stationarity(mid) < 0 { hi = mid } else { lo = mid } }
        let root = 0.5 * (lo + hi)
        // By symmetry of r_start and of the rule about 0 the mean stays 0 up to round-off of the sums.
        #expect(abs(mean) <= 1e-10)
        // The learner works with the Gaussian truncated to [−1.5, 1.5] (mass 2·Φ(−4.74) ≈ 2e-6 outside) on a
        // 96-node rule (relative error ≈ 1e-9 on the reward bumps): 1/σ² agrees with the untruncated (9) to ~1e-5.
        #expect(abs(1 / variance - 1 / root) <= 1e-4 * (1 / root), "1/σ² = \(1 / variance), eq. (9): \(1 / root)")
    }
}
