import ExactSolvers
import Foundation
import GSLKit
import Learners
import MarkovGames
import PropertyBased
import Testing
@testable import Claims

/// mfppo's paper-specific mathematics against independent values: hand calculations (in the
/// comments), brute-force enumerations, finite differences, and identities that hold for every MDP.
@Suite struct MFPPOClaimsTests {
    /// A random mean-field MDP (N ∈ {2, …, 5}, k ∈ {2, 3}, m = 2) from a seed.
    static func dynamics(_ seed: Int, agents: ClosedRange<Int> = 2...5, localStates: ClosedRange<Int> = 2...3) -> MeanFieldDynamics {
        let rng = RandomSource(seed: UInt64(seed))
        return MeanFieldDynamics.random(rng, localStates: rng.integer(in: localStates), localActions: 2,
                                        agents: rng.integer(in: agents), gamma: rng.uniform(0.3, 0.9))
    }

    // MARK: - the mean-field MDP (Def. 2.1, test bed G2)

    /// Multinomial(3; 0.3, 0.7) at (1, 2): 3!/(1!2!) · 0.3 · 0.7² = 3 · 0.3 · 0.49 = 0.441.
    @Test func multinomialProbabilityMatchesHandValue() {
        #expect(abs(MeanFieldMDP.multinomialProbability([1, 2], [0.3, 0.7]) - 0.441) < 1e-15)
        // 0⁰ = 1: all mass on the first cell.
        #expect(abs(MeanFieldMDP.multinomialProbability([2, 0], [1, 0]) - 1) < 1e-15)
    }

    /// The lifted kernel against a brute-force enumeration of the N − 1 other agents one by one:
    /// P((s', h') | (s, h), ā) = p(s'|s, ā(s), d̄) · Σ_{profiles y' of the others with histogram h'} ∏_i p(y'_i | y_i, ā(y_i), d̄).
    @Test func liftedTransitionsMatchAgentByAgentEnumeration() async {
        await propertyCheck(count: 12, input: Gen.int(in: 0...100_000)) { seed in
            let dyn = Self.dynamics(seed, agents: 2...4)
            let model = MeanFieldMDP(dyn)
            let k = dyn.localStates, n = dyn.agents, nX = model.stateCount, nA = model.actionCount
            for x in 0..<nX {
                let s = model.localState(of: x), h = model.histograms[x % model.histogramCount]
                var others: [Int] = []
                for (z, c) in h.enumerated() { others += [Int](repeating: z, count: c) }
                var counts = h
                counts[s] += 1
                let d = counts.map { Double($0) / Double(n) }
                for a in 0..<nA {
                    let meta = model.metaActions[a]
                    var expected = [Double](repeating: 0, count: nX)
                    var total = 1
                    for _ in others { total *= k }
                    for code in 0..<total {
                        var rest = code, p = 1.0, h2 = [Int](repeating: 0, count: k)
                        for z in others {
                            let y = rest % k
                            rest /= k
                            p *= dyn.localKernel(state: z, action: meta[z], population: d)[y]
                            h2[y] += 1
                        }
                        let hIndex = model.histograms.firstIndex(of: h2)!
                        let own = dyn.localKernel(state: s, action: meta[s], population: d)
                        for s2 in 0..<k { expected[s2 * model.histogramCount + hIndex] += own[s2] * p }
                    }
                    let row = Array(model.mdp.transitions[((x * nA + a) * nX)..<((x * nA + a + 1) * nX)])
                    #expect(Vector.infinityNorm(Vector.difference(row, expected)) < 1e-13)
                    // Team reward: Σ_z d̄(z) r_loc(z, ā(z), d̄).
                    let reward = (0..<k).reduce(0.0) { $0 + d[$1] * dyn.localReward(state: $1, action: meta[$1], population: d) }
                    #expect(abs(model.mdp.rewards[x * nA + a] - reward) < 1e-14)
                }
            }
        }
    }

    // MARK: - Prop. 3.1 counting

    /// |S| = 3, N = 4: Σ_{j=1}^{3} C(3, j−1) C(3, j) = 1·3 + 3·3 + 3·1 = 15 = C(6, 2), the multisets of
    /// size 4 from 3 values.
    @Test func classCountMatchesHandValue() {
        #expect(PopulationCounting.printedClassCount(localStates: 3, agents: 4) == 15)
        #expect(PopulationCounting.enumeratedClasses(localStates: 3, agents: 4) == 15)
        #expect(abs(PopulationCounting.printedClassCountReal(localStates: 3, agents: 4) - 15) < 1e-9)
        #expect(PopulationCounting.binomial(10, 3) == 120)
    }

    // MARK: - Prop. 3.2, the proximal step

    /// F^Q = (1, 0), v = 1, π_k uniform (F^A = 0): p̄ = (e, 1)/(e + 1) = (0.7310586, 0.2689414).
    /// Reversed KL: p = vπ_k/(λ − F) with 0.5/(λ − 1) + 0.5/λ = 1, i.e. λ² − 2λ + ½ = 0, λ = 1 + √½,
    /// so p = (0.5/√½, 0.5/(1 + √½)) = (0.7071068, 0.2928932).
    @Test func proximalClosedFormsMatchHandValues() {
        let step = ProximalStep(critic: [1, 0], energy: [0, 0], v: 1, tau: 1)
        #expect(abs(step.closedForm[0] - exp(1) / (exp(1) + 1)) < 1e-15)
        let reversed = step.reversedMaximizer
        #expect(abs(reversed[0] - 0.5 / 0.5.squareRoot()) < 1e-12)
        #expect(abs(reversed[1] - 0.5 / (1 + 0.5.squareRoot())) < 1e-12)
    }

    // MARK: - Algorithm 1 in the tabular limit

    /// A one-state, two-action MDP with r = (1, 0), γ = ½: V^π = r_π and the (1−γ)-scaled
    /// Q(a) = ½ r(a) + ½ r_π. From π_0 uniform: r_π = ½, Q^{π_0} = (0.75, 0.25); with v = 1, K = 1 the
    /// step is π_1 ∝ exp(Q/1) = softmax(0.75, 0.25), π_1(a₀) = e^{½}/(1 + e^{½}) = 0.6224593.
    @Test func firstStepOfTabularMFPPOMatchesHandValue() throws {
        let mdp = FiniteMDP(stateCount: 1, actionCount: 2, transitions: [1, 1], rewards: [1, 0], gamma: 0.5, initial: [1])
        let run = try TabularMFPPO(mdp: mdp, v: 1, iterations: 1)
        #expect(abs(run.critics[0][0] - 0.75) < 1e-15 && abs(run.critics[0][1] - 0.25) < 1e-15)
        #expect(abs(run.policies[1][0] - exp(0.5) / (1 + exp(0.5))) < 1e-15)
        #expect(run.temperatures == [1, 1])
    }

    /// One state, π* = (1, 0), π_k = (½, ½), ν* = ν_k = 1, |Ā| = 2:
    /// ψ*² = Σ ν*²(π* − π_k)²/(ν_k π_k) = ¼/½ + ¼/½ = 1; φ*² (per state) = ν_k |Ā| Σ (π* − π_k)² = 2·½ = 1.
    @Test func concentrabilityMatchesHandValues() throws {
        let mdp = FiniteMDP(stateCount: 1, actionCount: 2, transitions: [1, 1], rewards: [1, 0], gamma: 0.5, initial: [1])
        let reference = try MeanFieldOptimum(mdp: mdp)
        #expect(reference.policy == [1, 0])
        #expect(abs(MeanFieldConcentrability.psi(optimal: reference, policy: [0.5, 0.5], stationary: [1]) - 1) < 1e-15)
        #expect(abs(MeanFieldConcentrability.phi(optimal: reference, policy: [0.5, 0.5], stationary: [1], reading: .perState) - 1) < 1e-15)
        #expect(abs(MeanFieldConcentrability.phi(optimal: reference, policy: [0.5, 0.5], stationary: [1], reading: .stateAction) - 1) < 1e-15)
    }

    /// Error injection hits its RMS exactly: Σ w e² = rms².
    @Test func injectedErrorsHaveTheirRMS() {
        let e = ErrorInjection.scaled([1, -2, 3], weights: [0.2, 0.3, 0.5], rms: 0.1)
        #expect(abs(zip(e, [0.2, 0.3, 0.5]).reduce(0) { $0 + $1.1 * $1.0 * $1.0 } - 0.01) < 1e-17)
    }

    // MARK: - identities that hold for every MDP

    /// Performance difference with a stationary weighting (Kakade–Langford 6.1 in the (1−γ)-scaled
    /// convention): E_{ν*}⟨Q^π, π* − π⟩ = (1−γ)(L(π*) − L(π)), for any π.
    @Test func performanceDifferenceIdentity() async {
        await propertyCheck(count: 15, input: Gen.int(in: 0...100_000)) { seed in
            let model = MeanFieldMDP(Self.dynamics(seed))
            let reference = try MeanFieldOptimum(mdp: model.mdp)
            let rng = RandomSource(seed: UInt64(seed) &+ 7)
            let nA = model.actionCount
            let pi = (0..<model.stateCount).flatMap { _ in rng.dirichlet(dimension: nA) }
            let eval = try model.mdp.normalizedEvaluation(policy: pi)
            var lhs = 0.0
            for x in 0..<model.stateCount {
                lhs += reference.stationary[x] * Vector.dot(PolicyRows.row(eval.actionValues, x, width: nA),
                                                            Vector.difference(PolicyRows.row(reference.policy, x, width: nA), PolicyRows.row(pi, x, width: nA)))
            }
            let rhs = (1 - model.mdp.gamma) * (reference.optimalObjective - eval.objective(weights: reference.stationary))
            #expect(abs(lhs - rhs) < 1e-12)
        }
    }

    /// Negative control: the same identity under the uniform weighting (not stationary for π*) fails,
    /// so the check above can fail.
    @Test func performanceDifferenceNeedsTheStationaryWeighting() throws {
        let model = MeanFieldMDP(Self.dynamics(3, agents: 4...4, localStates: 2...2))
        let reference = try MeanFieldOptimum(mdp: model.mdp)
        let nA = model.actionCount, nX = model.stateCount
        let pi = [Double](repeating: 1 / Double(nA), count: nX * nA)
        let eval = try model.mdp.normalizedEvaluation(policy: pi)
        let w = [Double](repeating: 1 / Double(nX), count: nX)
        var lhs = 0.0
        for x in 0..<nX {
            lhs += w[x] * Vector.dot(PolicyRows.row(eval.actionValues, x, width: nA),
                                     Vector.difference(PolicyRows.row(reference.policy, x, width: nA), PolicyRows.row(pi, x, width: nA)))
        }
        let vStar = reference.values.objective(weights: w)
        #expect(abs(lhs - (1 - model.mdp.gamma) * (vStar - eval.objective(weights: w))) > 1e-6)
    }

    /// The three-point equality of the exact mirror-descent step: for p' ∝ p·exp(q/v),
    /// ⟨q, u − p⟩ = v[KL(u‖p) − KL(u‖p') − KL(p'‖p)] + ⟨q, p' − p⟩ for every distribution u.
    @Test func threePointEqualityOfTheExactStep() async {
        await propertyCheck(count: 40, input: Gen.int(in: 0...100_000)) { seed in
            let rng = RandomSource(seed: UInt64(seed))
            let n = rng.integer(in: 2...6), v = rng.uniform(0.1, 5)
            let p = rng.dirichlet(dimension: n), u = rng.dirichlet(dimension: n)
            let q = (0..<n).map { _ in rng.normal() }
            let next = ExponentialWeights.reweightRows(p, by: q, scale: 1 / v, width: n)
            let lhs = Vector.dot(q, Vector.difference(u, p))
            let rhs = v * (PolicyRows.kullbackLeibler(u[...], p[...]) - PolicyRows.kullbackLeibler(u[...], next[...]) - PolicyRows.kullbackLeibler(next[...], p[...]))
                + Vector.dot(q, Vector.difference(next, p))
            #expect(abs(lhs - rhs) < 1e-12 * (1 + v))
        }
    }

    // MARK: - the two-layer mean-pooled network (Sec. 4, App. E.1)

    /// The embedding has unit norm (Assumption 3); f⁰ = f at β(0); the gradient matches central
    /// differences at a point where no pre-activation is within 10⁻³ of 0.
    @Test func networkEmbeddingLinearisationAndGradient() {
        let rng = RandomSource(seed: 4)
        let net = MeanPoolNetwork(localStates: 2, actions: 4, width: 16, rng: rng)
        let features = FeatureDistribution(probabilities: [], localStates: 2, actions: 4)
        for z in 0..<net.featureCount { #expect(abs(Vector.twoNorm(features.vector(z)) - 1) < 1e-15) }
        #expect(Vector.infinityNorm(Vector.difference(net.localTable(net.initial), net.localTable(net.initial, gates: .initial))) < 1e-15)
        let beta = net.displaced(by: net.initial.map { _ in rng.normal() }, radius: 0.3)
        let weights = [0.25, 0.75]
        var g = [Double](repeating: 0, count: beta.count)
        net.addGradient(into: &g, beta, 1, weights, 2, scale: 1)
        let h = 1e-6
        for i in stride(from: 0, to: beta.count, by: 7) {
            var up = beta, down = beta
            up[i] += h
            down[i] -= h
            let f = { (b: [Double]) in net.pooled(net.localTable(b), 1, weights, 2) }
            #expect(abs((f(up) - f(down)) / (2 * h) - g[i]) < 1e-6)
        }
        // G(z, z) = (1/m) #{j : β_j(0)ᵀz > 0} · ‖z‖².
        let gram = net.tangentGram()
        let active = (0..<net.width).filter { net.preactivation(net.initial, $0, 0, 1, 3) > 0 }.count
        #expect(abs(gram[net.feature(0, 1, 3), net.feature(0, 1, 3)] - Double(active) / Double(net.width)) < 1e-14)
    }

    /// With μ = 0 the semi-gradient root is the ρ-weighted least-squares fit of the target by functions
    /// linear in d; computed independently by GSL's least squares on the √ρ-weighted design.
    @Test func regressionFixedPointIsWeightedLeastSquares() throws {
        let model = MeanFieldMDP(Self.dynamics(11, agents: 5...5, localStates: 2...2))
        let nA = model.actionCount, rows = model.stateCount * nA
        let rng = RandomSource(seed: 12)
        let rho = rng.dirichlet(dimension: rows), target = (0..<rows).map { _ in rng.normal() }
        let problem = SemiGradientProblem(model: model, sampling: rho, nextPolicy: [], target: target, mu: 0, next: .nextState)
        let w = try problem.fixedPoint()
        var design = Matrix(rows: rows, columns: problem.featureCount)
        for i in 0..<rows {
            let e = problem.embedding(i / nA, i % nA)
            for j in e.indices { design[i, j] = rho[i].squareRoot() * e[j] }
        }
        let fit = try LinearLeastSquares(design: design, y: (0..<rows).map { rho[$0].squareRoot() * target[$0] })
        let a = problem.values(of: w), b = problem.values(of: fit.coefficients)
        #expect(Vector.infinityNorm(Vector.difference(a, b)) < 1e-10)
    }

    /// Binomial(4, 0.3) at 2: C(4, 2)·0.3²·0.7² = 6·0.09·0.49 = 0.2646; the law sums to 1.
    @Test func binomialLaw() {
        let law = SemiGradientMoments.binomial(4, 0.3)
        #expect(abs(law[2] - 0.2646) < 1e-14)
        #expect(abs(law.reduce(0, +) - 1) < 1e-14)
    }

    // MARK: - the population game (G1)

    /// The invariant policies drawn for Prop. 2.1–2.2 are invariant, and their values depend on a
    /// profile only through (own state, others' histogram); a generic joint policy's values do not.
    @Test func invariantPoliciesAndRepresentativeValues() throws {
        for seed in 0..<4 {
            let rng = RandomSource(seed: UInt64(seed))
            let g = try PopulationGameInstances.game(rng)
            let nu = try PopulationGameInstances.invariantPolicy(g, rng)
            #expect(try PermutationInvariance.worstViolation(of: nu, in: g) < 1e-15)
            let v = try g.normalizedEvaluation(.joint(nu)).values
            #expect(try MFPPOClaims.representativeSpread(game: g, values: v).spread < 1e-12)
        }
        // States (z0,z0), (z0,z1), (z1,z0), (z1,z1) with values 0, 1, 3, 0: the key (z0, {z1}) holds agent 1
        // of (z0,z1) and agent 2 of (z1,z0), values 1 and 3, so the spread is 2 (the other keys hold one value).
        let g = try PopulationGameInstances.game(RandomSource(seed: 9), agents: 2...2, localStates: 2...2)
        #expect(try MFPPOClaims.representativeSpread(game: g, values: [0, 1, 3, 0]).spread == 2)
    }
}
