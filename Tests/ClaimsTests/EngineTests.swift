import ExactSolvers
import Foundation
import GSLKit
import MarkovGames
import Testing
@testable import Claims

/// The claim engine on claims whose answers are known independently of the engine.
@Suite struct EngineTests {
    /// A family of small random cooperative games with a random product policy "pi".
    static let games = InstanceFamily(
        description: "random identical-interest games, |S| ≤ 4, n ≤ 3, |A_i| ≤ 3, rewards in [0,1]",
        searchSpace: .game(rewardRange: 0...1, policies: ["pi"]),
        shrinking: .game
    ) { rng in
        let g = try RandomInstances.cooperativeGame(rng, states: 2...4, agents: 1...3, actions: 1...3, gammas: [0.5, 0.9])
        return ClaimInstance(game: g, policies: ["pi": .product(RandomInstances.productPolicy(g, rng))])
    }

    /// True identity: J(π) = ρ₀ · Σ_a π(a|s) Q^π(s,a) (definition of V through Q).
    static let identity = Claim(
        id: "test.identity", paper: .ddpl, source: "test", statement: "J(π) = Σ_s ρ₀(s) Σ_a π(a|s) Q^π(s,a)",
        hypotheses: "random games", kind: .identity,
        check: ClaimCheck(family: games) { x in
            let g = try x.requireGame(), pi = try x.policy("pi")
            let eval = try g.evaluate(pi)
            let joint = pi.joint(in: g).table
            let viaQ = Vector.dot(g.initial, FiniteMDP(game: g).stateValues(actionValues: eval.actionValues, policy: joint))
            let scale = Vector.infinityNorm(eval.values)
            return Evaluation(measurements: [Measurement(lhs: eval.objective(initial: g.initial), .equal, rhs: viaQ,
                                                         tolerance: .discounted(g, scale: scale, solves: 2, what: "V and Q"))])
        })

    /// Deliberately wrong bound: V^π(s) ≤ max r. False as soon as γ > 0 and rewards are positive,
    /// since V^π ≥ min r/(1−γ); the smallest counterexample is a one-state, one-action game.
    static let wrongBound = Claim(
        id: "test.wrong/step1", paper: .ddpl, source: "test", statement: "max_s V^π(s) ≤ max_{s,a} r(s,a)",
        hypotheses: "random games", kind: .upperBound,
        check: ClaimCheck(family: games) { x in
            let g = try x.requireGame()
            let v = try g.evaluate(try x.policy("pi")).values
            return Evaluation(measurements: [Measurement(lhs: v.max()!, .lessOrEqual, rhs: g.rewards.range.max,
                                                         tolerance: .discounted(g, scale: v.max()!, what: "V"))])
        })

    /// y(K) = (1/K) Σ_{k<K} γ^k = (1 − γ^K)/(K(1 − γ)), which decays exactly like K^{-1} once γ^K ≪ 1.
    static func cesaroRate(claimed p: Double, kind: RateObservation.Kind) -> Claim {
        Claim(id: "test.rate", paper: .ddpl, source: "test", statement: "(1/K) Σ_{k<K} γ^k = O(K^\(p))",
              hypotheses: "γ ∈ (0.3, 0.7)", kind: .rate,
              check: ClaimCheck(family: InstanceFamily(description: "γ uniform in (0.3, 0.7)") { rng in
                  ClaimInstance(scalars: ["gamma": rng.uniform(0.3, 0.7)])
              }) { x in
                  let gamma = try x.scalar("gamma")
                  let ks = (4...12).map { pow(2.0, Double($0)) }
                  let ys = ks.map { k in (1 - pow(gamma, k)) / (k * (1 - gamma)) }
                  return Evaluation(rate: RateObservation(x: ks, y: ys, claimedExponent: p, kind: kind, xLabel: "K", yLabel: "Cesàro mean"))
              })
    }

    @Test func trueIdentityHolds() {
        let r = ClaimRunner(instances: 6, seed: 3).run(Self.identity)
        #expect(r.verdict == .holds)
        #expect(r.instances == 6)
        #expect(r.counterexample == nil)
        #expect((r.worstMargin ?? -1) + (r.tolerance ?? 0) >= 0)
    }

    @Test func wrongBoundIsViolatedShrunkAndRecheckedFromItsFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marlcheck-engine-\(UInt64.random(in: 0...UInt64.max))").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = ClaimRunner(instances: 4, seed: 5, counterexampleDirectory: dir).run(Self.wrongBound)
        #expect(r.verdict == .violated)
        let path = try #require(r.counterexample)
        #expect(path.hasSuffix("test.wrong__step1.json"))
        let loaded = try CounterexampleFile.load(path)
        #expect(loaded.claim == "test.wrong/step1")
        let g = try #require(loaded.instance.game)
        // Shrinking keeps removing states, actions and agents while the violation persists, and
        // a single state with a single joint action still violates: nothing smaller exists.
        #expect(g.stateCount == 1)
        #expect(g.jointActionCount == 1)
        #expect(g.agentCount == 1)
        let again = ClaimRunner().recheck(Self.wrongBound, instance: loaded.instance, file: path)
        #expect(again.verdict == .violated)
        #expect(again.counterexample == path)
    }

    @Test func sameSeedSameBytes() {
        let a = JSONWriter.pretty(ClaimRunner(instances: 3, seed: 11).run(Self.identity).json)
        let b = JSONWriter.pretty(ClaimRunner(instances: 3, seed: 11).run(Self.identity).json)
        #expect(a == b)
    }

    @Test func knownExponentIsRateConsistent() throws {
        let r = ClaimRunner(instances: 3, seed: 2).run(Self.cesaroRate(claimed: -1, kind: .exactly))
        #expect(r.verdict == .rateConsistent)
        let fit = try #require(r.rate)
        #expect(abs(fit.fittedExponent + 1) < 0.05)
    }

    @Test func wrongExponentIsRateInconsistent() {
        let r = ClaimRunner(instances: 3, seed: 2).run(Self.cesaroRate(claimed: -2, kind: .atMost))
        #expect(r.verdict == .rateInconsistent)
    }

    /// y(K) = K^{-2}(1 − 1/(2K)) is O(K^{-2}), but its local log–log slope −2 + 1/(2K − 1) approaches
    /// −2 from above: exact data with a lower-order term of the "slower" sign. Read on the tail with
    /// its drift, the exponent is consistent with the claimed upper rate.
    @Test func lowerOrderTermIsNotMistakenForASlowerRate() {
        let claim = Claim(
            id: "test.correction", paper: .ddpl, source: "test", statement: "K^{-2}(1 − 1/(2K)) = O(K^{-2})", hypotheses: "",
            kind: .rate,
            check: ClaimCheck(family: InstanceFamily(description: "one instance") { _ in ClaimInstance() }) { _ in
                let ks = (4...12).map { pow(2.0, Double($0)) }
                return Evaluation(rate: RateObservation(x: ks, y: ks.map { pow($0, -2) * (1 - 0.5 / $0) }, claimedExponent: -2,
                                                        kind: .atMost, xLabel: "K", yLabel: "y"))
            })
        let r = ClaimRunner(instances: 1).run(claim)
        #expect(r.verdict == .rateConsistent)
    }

    @Test func vacuousBoundIsReported() {
        // NE-gap-style statement: V ≤ max r/(1−γ) + 1 with trivial bound max r/(1−γ): true and vacuous.
        let claim = Claim(
            id: "test.vacuous", paper: .ddpl, source: "test", statement: "V ≤ r_max/(1−γ) + 1", hypotheses: "", kind: .upperBound,
            check: ClaimCheck(family: Self.games) { x in
                let g = try x.requireGame()
                let v = try g.evaluate(try x.policy("pi")).values.max()!
                let trivial = g.rewards.range.max / (1 - g.gamma)
                return Evaluation(measurements: [Measurement(lhs: v, .lessOrEqual, rhs: trivial + 1, tolerance: .exact, trivialBound: trivial)])
            })
        #expect(ClaimRunner(instances: 4).run(claim).verdict == .vacuous)
    }

    @Test func searchFindsAViolationRandomDrawsMiss() {
        // V(s) ≤ 0.95·r_max/(1−γ) holds for most random policies but fails when the game's rewards
        // are nearly constant at r_max: the local search has to push the rewards there.
        let claim = Claim(
            id: "test.search", paper: .ddpl, source: "test", statement: "max V ≤ 0.95 r_max/(1−γ)", hypotheses: "", kind: .upperBound,
            check: ClaimCheck(family: Self.games) { x in
                let g = try x.requireGame()
                let v = try g.evaluate(try x.policy("pi")).values.max()!
                return Evaluation(measurements: [Measurement(lhs: v, .lessOrEqual, rhs: 0.95 * g.rewards.range.max / (1 - g.gamma),
                                                             tolerance: .discounted(g, scale: v, what: "V"))])
            })
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marlcheck-search-\(UInt64.random(in: 0...UInt64.max))").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let plain = ClaimRunner(instances: 2, seed: 1, counterexampleDirectory: dir).run(claim)
        let searched = ClaimRunner(instances: 2, seed: 1, search: true, counterexampleDirectory: dir).run(claim)
        #expect(plain.verdict == .holds)
        #expect(searched.searched)
        #expect(searched.verdict == .violated)
    }
}
