import ExactSolvers
import Foundation
import GSLKit
import MarkovGames
import PropertyBased
import Testing
@testable import Claims

/// ltde's paper-specific mathematics against independent values: closed forms, hand calculations
/// (written out in the comments), and the N-agent game solved by ExactSolvers on profiles, which
/// shares no code with the configuration space Ξ the claims use.
@Suite struct LTDEClaimsTests {
    /// C(n, k) by the multiplicative formula.
    static func binomial(_ n: Int, _ k: Int) -> Int {
        var out = 1
        for i in 0..<k { out = out * (n - i) / (i + 1) }
        return out
    }

    // MARK: - the configuration space Ξ (3.4)

    /// |P^N(S)| = C(N+k−1, k−1) and |Ξ| = C(N+km−1, km−1) (N agents in km (state, action) cells).
    @Test(arguments: [(3, 2, 2), (4, 3, 2), (5, 2, 2), (6, 2, 2), (3, 3, 3), (4, 2, 1)])
    func configurationCountsAreBinomials(nodes k: Int, agents n: Int, actions m: Int) {
        let space = TeamConfigurations(graph: .path(nodes: k), agents: n, actions: m)
        #expect(space.measureCount == Self.binomial(n + k - 1, k - 1))
        #expect(space.count == Self.binomial(n + k * m - 1, k * m - 1))
        // Every configuration's team counts add up to its measure, and the index map inverts.
        for xi in 0..<space.count {
            let counts = space.counts(xi)
            for x in 0..<k { #expect((0..<m).reduce(0) { $0 + space.teamCounts[xi][x * m + $1] } == counts[x]) }
            #expect(space.index(counts: counts, teamCounts: space.teamCounts[xi]) == xi)
        }
    }

    // MARK: - the measure kernel P_N (3.5)

    /// Two nodes, N = 2, one action, κ = 0, logits from node 0 (0, ln 3) and from node 1 (0, ln 2):
    /// P(·|0) = (1/4, 3/4), P(·|1) = (1/3, 2/3). Both agents at 0: Binomial(2, 3/4) moves to 1, so
    /// n' = (2,0), (1,1), (0,2) with 1/16, 6/16, 9/16. One agent at each node: n' = (2,0) iff the agent
    /// at 0 stays and the agent at 1 moves (1/4·1/3 = 1/12), (0,2) iff the reverse (3/4·2/3 = 1/2),
    /// (1,1) otherwise (1/4·2/3 + 3/4·1/3 = 5/12).
    @Test func kernelByHand() {
        let model = NetworkedMeanFieldModel(graph: .path(nodes: 2), agents: 2, actions: 1, crowding: 0,
                                            logits: [0, log(3), 0, log(2)], baseReward: [0, 0], neighbourWeights: [0, 0, 0, 0])
        let space = TeamConfigurations(graph: .path(nodes: 2), agents: 2, actions: 1)
        let kernel = MeanFieldTransition(model: model, space: space)
        let atZero = space.index(counts: [2, 0], teamCounts: [2, 0]), split = space.index(counts: [1, 1], teamCounts: [1, 1])
        let order = [[2, 0], [1, 1], [0, 2]].map { space.measureIndex(ofCounts: $0) }
        let expectedAtZero = [1.0 / 16, 6.0 / 16, 9.0 / 16], expectedSplit = [1.0 / 12, 5.0 / 12, 1.0 / 2]
        for j in 0..<3 {
            #expect(abs(kernel.rows[atZero][order[j]] - expectedAtZero[j]) < 1e-15)
            #expect(abs(kernel.rows[split][order[j]] - expectedSplit[j]) < 1e-15)
        }
    }

    /// The law of µ_{t+1}(s) depends only on (µ(N_s^2), h(N_s)) (ltde (3.5), (B.1)): a property of every
    /// model with kernels supported on 1-hop neighbourhoods.
    @Test func kernelLocalityOnRandomModels() async {
        await propertyCheck(count: 12, input: Gen<UInt64>.uint64()) { seed in
            let x = NetworkedInstance.sample(RandomSource(seed: seed), graph: .ring, nodes: 5, agents: 2, gammas: 0.5...0.5)
            guard let problem = try? TeamProblem(x) else { Issue.record("instance failed for seed \(seed)"); return }
            let space = problem.space
            for s in 0..<space.nodeCount {
                let classes = space.classes { space.key($0, measureNodes: space.graph.neighbourhood(of: s, hops: 2),
                                                      teamNodes: space.graph.neighbourhood(of: s, hops: 1)) }
                for members in classes {
                    let reference = LTDEClaims.marginalLaw(problem.kernel.rows[members[0]], node: s, space: space)
                    for xi in members { #expect(zip(LTDEClaims.marginalLaw(problem.kernel.rows[xi], node: s, space: space), reference).allSatisfy { abs($0 - $1) < 1e-13 }) }
                }
            }
        }
    }

    // MARK: - team policies (3.1)–(3.3)

    /// π = (0.3, 0.7) and n = 2 agents: the multinomial law (3.2) is (2,0) ↦ 0.09, (1,1) ↦ 0.42,
    /// (0,2) ↦ 0.49, and the paper's inverse gives Π(δ_a)^{1/2} = 0.3 and 0.7.
    @Test func multinomialTeamLawByHand() {
        let space = TeamConfigurations(graph: .path(nodes: 2), agents: 2, actions: 2)
        let table: [[[Double]]] = [[[0.5, 0.5], [0.3, 0.7], [0.3, 0.7]], [[0.5, 0.5], [0.5, 0.5], [0.5, 0.5]]]
        let policy = TeamPolicy.induced(by: table, space: space)
        let law = Dictionary(uniqueKeysWithValues: zip(space.teamActions[2], policy.probabilities[0][2]))
        #expect(abs(law[[2, 0]]! - 0.09) < 1e-15)
        #expect(abs(law[[1, 1]]! - 0.42) < 1e-15)
        #expect(abs(law[[0, 2]]! - 0.49) < 1e-15)
        #expect(abs(policy.recoveredIndividual(node: 0, count: 2, action: 0, space: space) - 0.3) < 1e-15)
        #expect(abs(policy.recoveredIndividual(node: 0, count: 2, action: 1, space: space) - 0.7) < 1e-15)
    }

    /// P₀, the law of µ when the N agents start i.i.d. uniform, equals the N-agent game's uniform ρ₀
    /// pushed forward to histograms.
    @Test func initialLawIsThePushForwardOfUniformProfiles() throws {
        let x = NetworkedInstance.sample(RandomSource(seed: 3), graph: .path, nodes: 4, agents: 3, gammas: 0.5...0.5)
        let problem = try TeamProblem(x)
        let agents = try AgentLevelGame(problem: problem)
        var pushed = [Double](repeating: 0, count: problem.space.measureCount)
        for s in 0..<agents.game.stateCount { pushed[agents.measure(state: s, space: problem.space)] += agents.game.initial[s] }
        for (a, b) in zip(pushed, problem.space.uniformProfileLaw) { #expect(abs(a - b) < 1e-15) }
    }

    // MARK: - Lemma 3.1 under the µ(s)-weighted reading, against the N-agent game on profiles

    /// With r_s = µ(s) Σ_a r h(s)(a), Σ_s r_s is the agents' average reward, so Σ_s Q_s^Π on Ξ must equal
    /// the N-agent Q^π on profiles (solved by ExactSolvers on k^N states): a check of P_N, of the
    /// multinomial team law and of the chain on Ξ. Tolerance: the two solves' forward-error bounds.
    @Test func weightedDecompositionMatchesTheAgentLevelGame() async {
        await propertyCheck(count: 10, input: Gen<UInt64>.uint64()) { seed in
            guard let x = try? LTDEClaims.agentLevelFamily.sample(RandomSource(seed: seed)),
                  let problem = try? TeamProblem(x), let agents = try? AgentLevelGame(problem: problem),
                  let nAgent = try? agents.game.evaluate(.product(agents.policy)),
                  let teams = try? problem.chain.teamActionValues(problem.rewards(.weighted)) else {
                Issue.record("instance failed for seed \(seed)")
                return
            }
            let nA = agents.game.jointActionCount
            let tolerance = nAgent.forwardErrorBound + Double(problem.space.nodeCount) * teams.errorBound
            for s in 0..<agents.game.stateCount {
                for a in 0..<nA {
                    let xi = agents.configuration(state: s, action: a, space: problem.space)
                    let total = teams.values.reduce(0) { $0 + $1[xi] }
                    #expect(abs(nAgent.actionValues[s * nA + a] - total) <= tolerance)
                }
            }
        }
    }

    // MARK: - Δ_s(k) (Def. 3.4) against ExactSolvers' profile-level sensitivity

    /// The team Q_x is also the value, on profiles, of the reward r_x(µ(s), h(s, a)) under the product
    /// policy; ExactSolvers' `OutsideSensitivity` measures its k-hop sensitivity over profile pairs, which
    /// must equal the class spread on Ξ.
    @Test func outsideSpreadMatchesTheProfileLevelSensitivity() throws {
        let x = NetworkedInstance.sample(RandomSource(seed: 11), graph: .ring, nodes: 4, agents: 2, gammas: 0.7...0.7)
        let problem = try TeamProblem(x)
        let agents = try AgentLevelGame(problem: problem)
        let g = agents.game, nA = g.jointActionCount
        let rewards = problem.rewards(.printed)
        let teams = try problem.chain.teamActionValues(rewards)
        for team in 0..<problem.space.nodeCount {
            var reward = [Double](repeating: 0, count: g.stateCount * nA)
            for s in 0..<g.stateCount { for a in 0..<nA { reward[s * nA + a] = rewards.values[team][agents.configuration(state: s, action: a, space: problem.space)] } }
            let mdp = FiniteMDP(stateCount: g.stateCount, actionCount: nA, transitions: g.transitions, rewards: reward, gamma: g.gamma, initial: g.initial)
            let q = try PolicyEvaluation(mdp: mdp, policy: Policy.product(agents.policy).joint(in: g).table).actionValues
            for k in 0...2 {
                let profileLevel = try OutsideSensitivity(game: g, actionValues: q, localState: team, hops: k).value
                let onXi = OutsideSpread(actionValues: teams.values[team], space: problem.space, team: team, hops: k).value
                #expect(abs(profileLevel - onXi) < 1e-11)
            }
        }
    }

    /// The bound App. B's argument gives once its two slips are mended — the law of (µ_t(N_s), h_t(s)) can
    /// first differ at t = ⌈k/2⌉ (it depends on µ_0(N_s^{2t+1}) and h_0(N_s^{2t})), and |E_P r_s − E_{P'} r_s| ≤
    /// osc(r_s)·TV — is Δ_s(k) ≤ osc(r_s) Σ_{t≥⌈k/2⌉} γ^t = osc(r_s)γ^{⌈k/2⌉}/(1−γ), a truth of every instance.
    /// Tolerance: two exact solves of Q_s.
    @Test func decayBoundWithTheFirstDifferingTime() async {
        await propertyCheck(count: 24, input: Gen<UInt64>.uint64()) { seed in
            let kind = NetworkGraphKind(rawValue: Int(seed % 3))!
            guard let x = try? LTDEClaims.networkFamily(kind).sample(RandomSource(seed: seed)), let problem = try? TeamProblem(x) else {
                Issue.record("instance failed for seed \(seed)")
                return
            }
            for reading in TeamRewardReading.allCases {
                let rewards = problem.rewards(reading)
                guard let q = try? problem.chain.teamActionValues(rewards) else { Issue.record("solve failed"); return }
                for s in 0..<problem.space.nodeCount {
                    for k in 0..<OutsideSpread.eccentricity(of: s, in: problem.graph) {
                        let delta = OutsideSpread(actionValues: q.values[s], space: problem.space, team: s, hops: k).value
                        let bound = rewards.oscillation(team: s) / (1 - problem.gamma) * pow(problem.gamma, Double((k + 1) / 2))
                        #expect(delta <= bound + 2 * q.errorBound)
                    }
                }
            }
        }
    }

    /// At t = 0 the laws P_{0,s} of (µ_0(N_s), h_0(s)) are point masses: two configurations that differ on
    /// N_s have TV 1, two that agree have TV 0.
    @Test func decayPropagationStartsFromPointMasses() throws {
        let x = NetworkedInstance.sample(RandomSource(seed: 5), graph: .path, nodes: 3, agents: 2, gammas: 0.5...0.5)
        let problem = try TeamProblem(x)
        let space = problem.space, propagation = DecayPropagation(chain: problem.chain)
        let r = [Double](repeating: 0, count: space.count)
        // Team 0, N_0 = {0, 1}: (1,1,0) and (1,0,1) differ on node 1; (0,0,2) and (0,0,2) agree.
        let a = space.index(counts: [1, 1, 0], teamCounts: [1, 0, 1, 0, 0, 0]), b = space.index(counts: [1, 0, 1], teamCounts: [1, 0, 0, 0, 1, 0])
        #expect(propagation.profile(from: a, b, team: 0, reward: r, horizon: 1).tv[0] == 1)
        #expect(propagation.profile(from: a, a, team: 0, reward: r, horizon: 1).tv[0] == 0)
    }

    // MARK: - the localized critic's tabular limit

    /// With every configuration its own class, the projected fixed point is the team Q itself; with one
    /// class, Φ = 1 and the equation reads Σν(1 − γ)w = Σν r, so w = E_ν[r]/(1 − γ).
    @Test func localizedFixedPointLimits() throws {
        let x = NetworkedInstance.sample(RandomSource(seed: 7), graph: .path, nodes: 3, agents: 2, gammas: 0.6...0.6)
        let problem = try TeamProblem(x)
        let r = problem.rewards(.printed).values[1]
        let q = try problem.chain.actionValues(reward: r)
        let nu = try problem.chain.stationaryDistribution()
        let singletons = try LocalizedFixedPoint(chain: problem.chain, reward: r, nu: nu, classes: (0..<problem.space.count).map { [$0] })
        for (a, b) in zip(singletons.values, q.values) { #expect(abs(a - b) < 1e-12) }
        let one = try LocalizedFixedPoint(chain: problem.chain, reward: r, nu: nu, classes: [Array(0..<problem.space.count)])
        #expect(abs(one.values[0] - Vector.dot(nu, r) / (1 - problem.gamma)) < 1e-13)
    }

    // MARK: - policy gradient (Lemma 4.1)

    /// The policy-gradient theorem is a truth of every finite MDP: the exact (1/(1−γ))E_σ[Q ∇log Π] equals
    /// central differences of the exact J (tolerance: the Richardson estimate and round-off).
    @Test func policyGradientMatchesFiniteDifferences() throws {
        let x = try LTDEClaims.gibbsFamily(width: 0).sample(RandomSource(seed: 2))
        let instance = try GibbsInstance(x)
        let base = try instance.gradient(reading: .weighted)
        let analytic = base.gradient
        for s in 0..<instance.theta.count {
            for i in 0..<instance.theta[s].count {
                let fd = try RichardsonDerivative(step: 1e-3) { h in
                    var t = instance.theta
                    t[s][i] += h
                    return try instance.gradient(at: t, reading: .weighted).objective
                }
                #expect(abs(analytic[s][i] - fd.value) <= fd.tolerance(valueError: base.objectiveError).value + 1e-12)
            }
        }
    }

    // MARK: - random features (App. D)

    /// Sheppard's formula behind `SignRepresenter`: for ζ = (0.3, 0.5, 0.2) and v ~ N(0, I/3),
    /// E[1{vᵀζ > 0} ζᵀsign(v)] = (1/π) Σ_j ζ_j arcsin(ζ_j/‖ζ‖) (R = 1). Checked against 200 000 Gaussian
    /// draws; the integrand is bounded by ‖ζ‖₁ = 1, so 5 standard errors are at most 5/√200000 ≈ 0.011.
    @Test func signRepresenterMatchesMonteCarlo() {
        let zeta = [0.3, 0.5, 0.2]
        let rng = RandomSource(seed: 42)
        let n = 200_000
        var sum = 0.0
        for _ in 0..<n {
            let v = (0..<3).map { _ in rng.normal(standardDeviation: 1 / 3.0.squareRoot()) }
            if Vector.dot(v, zeta) > 0 { sum += zip(zeta, v).reduce(0) { $0 + $1.0 * ($1.1 > 0 ? 1 : -1) } }
        }
        #expect(abs(sum / Double(n) - SignRepresenter.value(zeta, radius: 1)) < 5 / Double(n).squareRoot())
    }


    // MARK: - Assumption 5.6 on sparse kernels

    /// Two nodes and every move going to node 1 (the logit of node 0 is −∞): the only recurrent
    /// configuration of N = 2 agents is both agents at node 1; every other one is transient.
    @Test func driftModelHasOneRecurrentConfiguration() throws {
        let model = NetworkedMeanFieldModel(graph: .path(nodes: 2), agents: 2, actions: 1, crowding: 0,
                                            logits: [-.infinity, 0, -.infinity, 0], baseReward: [0, 0], neighbourWeights: [0, 0, 0, 0])
        let space = TeamConfigurations(graph: .path(nodes: 2), agents: 2, actions: 1)
        let kernel = MeanFieldTransition(model: model, space: space)
        let chain = try TeamChain(kernel: kernel, policy: .induced(by: [[[1], [1], [1]], [[1], [1], [1]]], space: space), gamma: 0.5)
        let recurrent = LTDEClaims.recurrentConfigurations(chain)
        let both = space.index(counts: [0, 2], teamCounts: [0, 2])
        for xi in 0..<space.count { #expect(recurrent[xi] == (xi == both)) }
    }

    // MARK: - the actor box

    /// B = θ(0) ± R/√M with R = 1, M = 4 (half-width ½): from θ = 0 with g = (1, −3, 0) and η = 1, the step
    /// θ + ηg = (1, −3, 0) clips to (½, −½, 0), so G = (½, −½, 0); the gap max_B gᵀ(θ' − θ) = 1·½ + 3·½ = 2.
    @Test func actorBoxByHand() {
        let box = ActorBox(centre: [[0, 0, 0]], radius: 1, width: 4)
        #expect(box.gradientMapping([[0, 0, 0]], gradient: [[1, -3, 0]], step: 1) == [[0.5, -0.5, 0]])
        #expect(box.stationarityGap([[0, 0, 0]], gradient: [[1, -3, 0]]) == 2)
    }
}
