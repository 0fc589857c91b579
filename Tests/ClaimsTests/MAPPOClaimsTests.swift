import ExactSolvers
import Foundation
import GSLKit
import Learners
import MarkovGames
import PropertyBased
import Testing
@testable import Claims

/// The paper-specific mathematics of the mappo claims (Sources/Claims/mappo) against closed forms
/// and hand calculations written out below, plus the claims that are mathematical identities.
@Suite struct MAPPOClaimsTests {
    /// A one-state game with the given action counts, zero rewards (for index arithmetic only).
    static func stage(_ sizes: [Int], states: Int = 1) throws -> Game {
        let agents = sizes.enumerated().map { Agent(name: "agent\($0.offset + 1)", actions: (0..<$0.element).map { "a\($0)" }) }
        let nA = sizes.reduce(1, *)
        let row = [Double](repeating: 1 / Double(states), count: states)
        return try Game(name: "stage", stateNames: (0..<states).map { "s\($0)" }, agents: agents, gamma: 0.5,
                        initial: row, transitions: (0..<(states * nA)).flatMap { _ in row },
                        rewards: .shared([Double](repeating: 0, count: states * nA)))
    }

    // MARK: - prefixes and localized quantities

    /// Sizes (2, 3, 2): the joint index of (1, 2, 0) is 1·6 + 2·2 + 0 = 10; its prefixes are
    /// a¹ = 1 (length 1) and 1·3 + 2 = 5 (length 2), and P = (1, 2, 6, 12).
    @Test func prefixIndicesFollowTheLexicographicOrder() throws {
        let layout = PrefixLayout(game: try Self.stage([2, 3, 2]))
        #expect(layout.counts == [1, 2, 6, 12])
        #expect(layout.prefix(10, length: 1) == 1)
        #expect(layout.prefix(10, length: 2) == 5)
        #expect(layout.prefix(10, length: 3) == 10)
        #expect(layout.rows(agent: 3) == 6)
    }

    // MARK: - Def. 4.4

    /// Two policies of a one-agent, two-state game whose transition rows do not depend on the state:
    /// a₀ → (0.9, 0.1), a₁ → (0.2, 0.8). Playing a₀ always gives ν = (0.9, 0.1); the uniform policy gives
    /// ν = (0.55, 0.45). φ⁰ = sqrt(0.81/0.55 + 0.01/0.45) = 1.2226812728; with σ(s,a) = ν(s)π(a|s),
    /// φ¹ = sqrt(0.81/0.275 + 0.01/0.225) = 1.7291324385.
    @Test func concentrabilityCoefficientsByHand() throws {
        let agents = [Agent(name: "agent1", actions: ["a0", "a1"])]
        let rows: [Double] = [0.9, 0.1, 0.2, 0.8]
        let g = try Game(name: "two-state", stateNames: ["s0", "s1"], agents: agents, gamma: 0.5, initial: [0.5, 0.5],
                         transitions: rows + rows, rewards: .shared([0, 0, 0, 0]))
        let always = ConditionalPolicy(order: [0], tables: [[1, 0, 1, 0]]), uniform = ConditionalPolicy.uniform(g)
        let phi = try Concentrability.coefficients(optimal: try StationaryLaw(game: g, policy: always), current: try StationaryLaw(game: g, policy: uniform))
        #expect(abs(phi[0] - 1.2226812728383039) < 1e-12)
        #expect(abs(phi[1] - 1.729132438507528) < 1e-12)
    }

    // MARK: - Sec. 5 data and Bellman errors

    /// With the population data law, the Bellman error (5) of the one-hot class is ‖f − T_π^{1:m}f‖²_μ,
    /// T from ExactSolvers' `MultiAgentBellmanOperator` (independent code), for random f in the range box.
    @Test func populationBellmanErrorIsTheSquaredResidual() async throws {
        await propertyCheck(count: 15, input: Gen.int(in: 0...100_000)) { seed in
            let rng = RandomSource(seed: UInt64(seed))
            let s = try Section5Instances.Setup(try Section5Instances.family().sample(rng))
            let top = 1 / (1 - s.game.gamma)
            let f = s.q.tables[s.m].map { _ in rng.uniform(0, top) }
            let data = s.population
            let residual = Vector.difference(f, s.op.apply(f))
            let mu = BellmanData.dataLaw(layout: PrefixLayout(game: s.game), prefix: s.m, states: s.muS, actions: s.muA)
            let expected = zip(mu, residual).reduce(0) { $0 + $1.0 * $1.1 * $1.1 }
            // Sums of ≤ 12 terms of size ≤ (2/(1−γ))²: round-off ≤ 1e-12.
            #expect(abs(data.bellmanError(f, prefixPolicy: s.prefixPolicy, gamma: s.game.gamma) - expected) < 1e-12)
        }
    }

    /// n = 40000 samples by the protocol: every cell's frequency is within 5 standard errors
    /// sqrt(μ(1−μ)/n) of the data law μ = μ_s × μ_a^{1:m} (seeded, so deterministic).
    @Test func sampledCellFrequenciesMatchTheDataLaw() throws {
        let rng = RandomSource(seed: 21)
        let s = try Section5Instances.Setup(try Section5Instances.family().sample(rng))
        let n = 40000
        let data = s.data(size: n, rng.child("data"))
        let mu = BellmanData.dataLaw(layout: PrefixLayout(game: s.game), prefix: s.m, states: s.muS, actions: s.muA)
        for (w, p) in zip(data.weights, mu) { #expect(abs(w - p) <= 5 * (p * (1 - p) / Double(n)).squareRoot()) }
    }

    /// App. C.1 made explicit (theory note §4.5): with population data and one-hot features the
    /// pessimistic minimiser is w = w_LSTD − (1/(2λ))G⁻¹ϕ₀ with w_LSTD = M⁻¹r̄ (= Q_π^{1:m}) and
    /// G = MᵀWM, when the range box does not bind; checked at λ = 1000 by two LU solves.
    @Test func pessimisticEvaluationMatchesTheClosedForm() throws {
        let rng = RandomSource(seed: 5)
        let s = try Section5Instances.Setup(try Section5Instances.family(gammas: [0.5]).sample(rng))
        let data = s.population, lambda = 1000.0
        let m = data.residualMap(prefixPolicy: s.prefixPolicy, gamma: s.game.gamma)
        let d = data.cellCount, width = d / s.game.stateCount
        let lstd = try m.solve(data.meanRewards).x
        var gram = Matrix(rows: d, columns: d)
        for i in 0..<d { for j in 0..<d { gram.storage[i * d + j] = (0..<d).reduce(0.0) { $0 + m[$1, i] * data.weights[$1] * m[$1, j] } } }
        var phi0 = [Double](repeating: 0, count: d)
        for b in 0..<width { phi0[s.s0 * width + b] = s.prefixPolicy[s.s0 * width + b] }
        let shift = try gram.solve(phi0).x
        let expected = (0..<d).map { lstd[$0] - shift[$0] / (2 * lambda) }
        #expect(expected.allSatisfy { $0 > 0 && $0 < 1 / (1 - s.game.gamma) })
        #expect(Vector.infinityNorm(Vector.difference(lstd, s.q.tables[s.m])) < 1e-12)
        let p = RangeConstrainedPessimisticEvaluation(data: data, prefixPolicy: s.prefixPolicy, gamma: s.game.gamma, initialState: s.s0, lambda: lambda)
        // The program is solved to a Frank–Wolfe gap ≤ 1e-12·(1+|Φ|); the Hessian's smallest eigenvalue
        // is ≥ 2λ·min μ·(1−γ)² here, so ‖w − w*‖ ≤ sqrt(2·gap/(that)) is far below 1e-5.
        #expect(Vector.infinityNorm(Vector.difference(p.estimate, expected)) < 1e-5)
    }

    /// λ of Thm. 5.5 for |S| = 2, N = 2, |A| = 2 (d = 8), γ = 0.5, n = 1000, R = 1, δ = 0.1:
    /// L = √8/0.5 = 5.656854, log(nLR/δ) = log(56568.54) = 10.943208, ε_r = 8·10.943208/(0.25·1000) = 0.350183,
    /// λ = 2·ε_r^{−2/3} = 4.025627.
    @Test func theoremFiveFiveLambdaByHand() throws {
        let g = try RandomInstances.cooperativeGame(RandomSource(seed: 1), states: 2...2, agents: 2...2, actions: 2...2, gammas: [0.5])
        let c = Section5Constants(game: g)
        #expect(abs(c.weightBound - 5.656854249492381) < 1e-12)
        #expect(abs(c.statisticalError(1000) - 0.35018266634803347) < 1e-12)
        #expect(abs(c.lambda(1000) - 4.0256273084362535) < 1e-10)
    }

    // MARK: - exponential weights (Lemmas C.4–C.6)

    /// |A| = 2, f_k = (1, 0) for K = 3, η = ln 2: π₁ = (½, ½), π₂ = (⅔, ⅓), π₃ = (⅘, ⅕), π₄ = (8/9, 1/9).
    /// Regret = 3 − (½ + ⅔ + ⅘) = 1.033333; Σ⟨π_{k+1}, f_k⟩ − ℓ(π₁) = ⅔ + ⅘ + 8/9 + 1 = 3.355556
    /// (ℓ(π₁) = (1/ln 2)·ln ½ = −1); max_π[Σ⟨π,f_k⟩ − ℓ(π)] = log₂(2³ + 1) = 3.169925; the stability terms
    /// are 1/6, 2/15, 4/45.
    @Test func exponentialWeightsByHand() {
        let r = ExponentialWeightsRegret(payoffs: [[1, 0], [1, 0], [1, 0]], eta: log(2))
        #expect(abs(r.regret - 1.0333333333333334) < 1e-14)
        #expect(abs(r.leaderValue - 3.3555555555555556) < 1e-14)
        #expect(abs(r.bestRegularizedValue - 3.169925001442312) < 1e-14)
        let expected = [1.0 / 6, 2.0 / 15, 4.0 / 45]
        for (a, b) in zip(r.stability, expected) { #expect(abs(a - b) < 1e-15) }
    }

    // MARK: - App. E

    /// V(0.5, 0) = (0.5·0.5 + 0 − 0)/(0.1 + 0.45) = 0.25/0.55; in general
    /// V(x, y) = (0.5x + xy − 0.5y)/(0.1 + 0.9x) (xᵀRy and xᵀSy expanded by hand); and the `ratio-game`
    /// game's exact V(play) equals it for product policies.
    @Test func ratioGameValueClosedFormAndGame() async throws {
        #expect(abs(RatioGameDynamics.value([0.5, 0.5], [0, 1]) - 0.25 / 0.55) < 1e-15)
        let game = try GameCatalog.builder(named: "ratio-game").build()
        await propertyCheck(count: 30, input: Gen.double(in: 0...1), Gen.double(in: 0...1)) { x, y in
            let closed = (0.5 * x + x * y - 0.5 * y) / (0.1 + 0.9 * x)
            #expect(abs(RatioGameDynamics.value([x, 1 - x], [y, 1 - y]) - closed) < 1e-12)
            let v = try game.evaluate(.product(ProductPolicy(tables: [[x, 1 - x, 0.5, 0.5], [y, 1 - y, 0.5, 0.5]]))).values[0]
            // One 2×2 LU solve with γ = 0.9: κ∞ ≤ 19, |V| ≤ 10, so 1e-12 is generous.
            #expect(abs(v - closed) < 1e-12)
        }
    }

    /// The gradient formula against central differences of the closed form (step 10⁻⁶: truncation
    /// O(10⁻¹²)·|V'''| plus round-off O(10⁻¹⁰)).
    @Test func ratioGameGradientAgainstFiniteDifferences() async {
        await propertyCheck(count: 30, input: Gen.double(in: 0.05...0.95), Gen.double(in: 0.05...0.95)) { x, y in
            let h = 1e-6
            func v(_ a: Double, _ b: Double) -> Double { RatioGameDynamics.value([a, 1 - a], [b, 1 - b]) }
            let g = RatioGameDynamics.gradients([x, 1 - x], [y, 1 - y])
            #expect(abs((g.x[0] - g.x[1]) - (v(x + h, y) - v(x - h, y)) / (2 * h)) < 1e-6)
            #expect(abs((g.y[0] - g.y[1]) - (v(x, y + h) - v(x, y - h)) / (2 * h)) < 1e-6)
        }
    }

    /// The authors' sequential update from uniform logits with η = 0.1: V(e₁, p₂) = 0.75 and
    /// V(e₂, p₂) = −0.25/0.1 = −2.5 give θ = (0.075, −0.25), x = σ(0.325) = 0.5805423; z₁ = (0.1, 0.05),
    /// z₂ = (−0.5, 0) give p₂ = x·σ(0.05) + (1−x)·σ(−0.5) = 0.4558888, so the second recorded value is
    /// (0.5x + xp − 0.5p)/(0.1 + 0.9x) = 0.5252944. The first is V at x = ½, which is 0.25/0.55 for any y.
    @Test func authorsSequentialUpdateByHand() throws {
        let game = try GameCatalog.builder(named: "ratio-game").build()
        let t = try RatioGameDynamics.sequentialCode(game: game, eta: 0.1, iterations: 2, x0: 0.5, y0: 0.5)
        #expect(abs(t[0] - 0.25 / 0.55) < 1e-15)
        #expect(abs(t[1] - 0.5252943746953047) < 1e-12)
    }

    // MARK: - the remark after eq. (4)

    /// The constructed Q̂ makes π̂ exactly log-linear (the premise), and L(ϑ) is the σ_k-average of the
    /// squared offsets, E_{σ_k^{1:m−1}}[c²] (the softmax ignores c, the loss does not).
    @Test func realizableUpdateLossIsTheOffsetEnergy() throws {
        let rng = RandomSource(seed: 8)
        let x = try RealizableUpdate.family.sample(rng)
        let t = try RealizableUpdate(x)
        #expect(t.premiseGap < 1e-12)
        let g = try x.requireGame()
        let layout = PrefixLayout(game: g)
        let d = try x.integer("dimension"), m = try x.integer("agent")
        let features = LogLinearFeatures(layout: layout, dimensions: [Int](repeating: d, count: layout.agentCount),
                                         raw: try (1...layout.agentCount).map { try x.vector("phi\($0)") })
        let thetaK = try (1...layout.agentCount).map { ParameterProjection.euclideanBall(try x.vector("thetaK\($0)"), radius: try x.scalar("radius") / 2) }
        let law = try StationaryLaw(game: g, policy: features.policy(thetaK))
        let c = try x.vector("offset")
        let energy = zip(law.prefixes[m - 1], c).reduce(0) { $0 + $1.0 * $1.1 * $1.1 }
        #expect(abs(t.loss - energy) < 1e-12)
    }

    // MARK: - claims that are mathematical identities (a failure is a toolkit bug)

    @Test(arguments: ["mappo.def3.2", "mappo.lem4.1", "mappo.lem4.1/step1", "mappo.lem4.1/step2", "mappo.lem4.1/step3",
                      "mappo.lem4.1/step4", "mappo.lemB.3", "mappo.lemB.5/step1", "mappo.lemB.6/step1", "mappo.lemB.6/step2",
                      "mappo.lemB.6/step3", "mappo.thm4.5/step2", "mappo.thm5.5/step5.piK"])
    func identityHolds(_ id: String) throws {
        let claim = try #require(try ClaimCatalog.select(id).first)
        let result = ClaimRunner(instances: 4, seed: 11).run(claim)
        #expect(result.verdict == .holds, "\(id): \(result.worst.map { "\($0.lhs) vs \($0.rhs)" } ?? "no measurement") \(result.failures)")
    }
}
