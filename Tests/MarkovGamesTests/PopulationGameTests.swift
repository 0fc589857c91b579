import GSLKit
import PropertyBased
import Testing
@testable import MarkovGames

/// Tolerance of an invariance check: the permuted transition probability multiplies the same N
/// factors in another order and the permuted team reward adds the same N terms in another order,
/// so each differs by at most N roundings of values ≤ max(1, r_max).
func invarianceTolerance(_ game: Game) -> Double {
    4 * Double(game.agentCount) * Double.ulpOfOne * max(1, game.maxAbsoluteReward)
}

@Suite("population games")
struct PopulationGameTests {
    @Test("profiles are lexicographic with agent 1 slowest, and histograms count local states")
    func profiles() {
        let population = PopulationStructure(localStates: ["x", "y", "z"])
        // 3 agents over 3 local states: state 0·9 + 2·3 + 1 = 7 is (x, z, y), histogram (1, 1, 1);
        // state 2·9 + 2·3 + 0 = 24 is (z, z, x), histogram (1, 0, 2).
        #expect(population.profile(ofState: 7, agents: 3) == [0, 2, 1])
        #expect(population.stateName(ofState: 7, agents: 3) == "(x,z,y)")
        #expect(population.histogram(ofState: 24, agents: 3) == [1, 0, 2])
        for s in 0..<27 { #expect(population.state(ofProfile: population.profile(ofState: s, agents: 3)) == s) }
    }

    /// |histograms| = C(N + k − 1, k − 1), each class has N!/∏ n_x! members, the classes
    /// partition the k^N profiles.
    @Test("histogram lift: counts, multiplicities and partition", arguments: [(3, 2, 4), (4, 3, 15), (2, 4, 10), (5, 2, 6)])
    func lift(agents: Int, localStates: Int, expectedCount: Int) {
        let population = PopulationStructure(localStates: (0..<localStates).map { "x\($0)" })
        let lift = HistogramLift(population: population, agents: agents)
        #expect(lift.count == expectedCount)
        func factorial(_ m: Int) -> Int { m <= 1 ? 1 : m * factorial(m - 1) }
        var covered = 0
        for (h, counts) in lift.histograms.enumerated() {
            #expect(counts.reduce(0, +) == agents)
            #expect(lift.members[h].count == factorial(agents) / counts.reduce(1) { $0 * factorial($1) })
            for s in lift.members[h] {
                #expect(population.histogram(ofState: s, agents: agents) == counts)
                #expect(lift.histogramIndex[s] == h)
            }
            covered += lift.members[h].count
        }
        #expect(covered == lift.histogramIndex.count)
        #expect(lift.histograms == lift.histograms.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(lift.empiricalMeasure(0).reduce(0, +) == 1)
    }

    @Test("mfppo-population is permutation invariant (all N! permutations)")
    func mfppoInvariance() async {
        await propertyCheck(count: 20, input: Gen.int(in: 2...4), Gen.int(in: 2...3), Gen.uint64(in: 0...UInt64.max)) { n, k, seed in
            let game = try! GameCatalog.builder(named: "mfppo-population").build(
                overrides: ["agents": "\(n)", "states": "\(k)"], seed: seed)
            let violation = try! PermutationInvariance.worstViolation(of: game)
            #expect(violation.worst <= invarianceTolerance(game))
            #expect(try! HistogramLift(game: game).count == Compositions.all(total: n, parts: k).count)
        }
    }

    @Test("negative control: one changed reward breaks invariance, and the generators find it too")
    func invarianceNegativeControl() throws {
        let game = try GameCatalog.builder(named: "mfppo-population").build(seed: 3)
        guard case .shared(var r) = game.rewards else { Issue.record("shared rewards expected"); return }
        let population = try #require(game.population)
        // r at profile (z0, z0, z1) and joint action (a0, a0, a0): its image under swapping agents
        // 2 and 3 is profile (z0, z1, z0), which keeps the old value.
        r[population.state(ofProfile: [0, 0, 1]) * game.jointActionCount] += 0.5
        let broken = try Game(name: "broken", stateNames: game.stateNames, agents: game.agents, gamma: game.gamma,
                              initial: game.initial, transitions: game.transitions, rewards: .shared(r),
                              population: game.population)
        #expect(try PermutationInvariance.worstViolation(of: broken).rewards >= 0.5 - 1e-12)
        let generators = PermutationInvariance.adjacentTranspositions(3)
        #expect(generators == [[1, 0, 2], [0, 2, 1]])
        #expect(try PermutationInvariance.worstViolation(of: broken, permutations: generators).rewards >= 0.5 - 1e-12)
        #expect(PermutationInvariance.allPermutations(3).count == 6)
    }

    @Test("a game without population structure cannot be lifted")
    func liftNeedsPopulation() throws {
        let game = try randomGame(states: 2, agents: 2, actions: 2, seed: 1)
        #expect(throws: ModelError.self) { _ = try HistogramLift(game: game) }
        #expect(throws: ModelError.self) { _ = try PermutationInvariance.worstViolation(of: game) }
    }
}

/// The ltde networked game: local moves supported on N_x, a factorised product kernel, a team
/// reward that reads µ only on N_x, and the graph families, against neighbourhoods worked out by
/// hand for each family.
@Suite("ltde-network")
struct LTDENetworkTests {
    /// y ∈ N_x for the graph families, by hand: |x − y| ≤ 1 on a path; cyclic distance ≤ 1 on a
    /// ring; Manhattan distance ≤ 1 on a grid of the given width.
    static func adjacentOrEqual(_ kind: String, _ k: Int, _ width: Int, _ x: Int, _ y: Int) -> Bool {
        switch kind {
        case "ring": let d = abs(x - y); return min(d, k - d) <= 1
        case "grid": return abs(x / width - y / width) + abs(x % width - y % width) <= 1
        default: return abs(x - y) <= 1
        }
    }

    @Test("graph families have the hand-counted edges", arguments: [("path", 5, 1, 4), ("ring", 5, 1, 5), ("grid", 6, 3, 7), ("grid", 4, 2, 4)])
    func graphs(kind: String, nodes: Int, width: Int, edges: Int) throws {
        let game = try GameCatalog.builder(named: "ltde-network").build(
            overrides: ["graph": kind, "nodes": "\(nodes)", "width": "\(width)", "agents": "2"])
        let graph = try #require(game.graph)
        #expect(graph.nodeCount == nodes)
        #expect(graph.edges.count == edges)
        for x in 0..<nodes {
            #expect(graph.neighbourhood(of: x, hops: 1) == (0..<nodes).filter { Self.adjacentOrEqual(kind, nodes, width, x, $0) })
        }
    }

    @Test("moves stay in N_{s^i}, the kernel factorises over agents, and the game is permutation invariant",
          arguments: ["path", "ring", "grid"])
    func localDynamics(kind: String) throws {
        let game = try GameCatalog.builder(named: "ltde-network").build(overrides: ["graph": kind], seed: 4)
        let population = try #require(game.population)
        let (n, k) = (game.agentCount, population.localStateCount)
        #expect(n == 3 && k == 4 && game.jointActionCount == 8)
        let space = game.jointActions
        for s in 0..<game.stateCount {
            let here = population.profile(ofState: s, agents: n)
            for a in 0..<space.count {
                // Marginal of each agent's next local state.
                var marginals = [[Double]](repeating: [Double](repeating: 0, count: k), count: n)
                for t in 0..<game.stateCount {
                    let p = game.probability(from: s, a, to: t)
                    let next = population.profile(ofState: t, agents: n)
                    if p > 0 { #expect((0..<n).allSatisfy { Self.adjacentOrEqual(kind, k, 2, here[$0], next[$0]) }) }
                    for i in 0..<n { marginals[i][next[i]] += p }
                }
                for t in 0..<game.stateCount {
                    let next = population.profile(ofState: t, agents: n)
                    let product = (0..<n).reduce(1.0) { $0 * marginals[$1][next[$1]] }
                    #expect(abs(game.probability(from: s, a, to: t) - product) <= 1e-14)
                }
            }
        }
        #expect(try PermutationInvariance.worstViolation(of: game).worst <= invarianceTolerance(game))
    }

    @Test("team reward is the mean of local rewards, which read µ only on N_x")
    func teamReward() throws {
        let graph = StateGraph.path(nodes: 5)
        let model = NetworkedMeanFieldModel.random(graph: graph, agents: 2, actions: 2, crowding: 1.5, rng: RandomSource(seed: 8))
        let game = try model.game(name: "t", gamma: 0.9, source: nil)
        let population = try #require(game.population)
        for s in 0..<game.stateCount {
            let profile = population.profile(ofState: s, agents: 2)
            let mu = population.histogram(ofState: s, agents: 2).map { Double($0) / 2 }
            for a in 0..<game.jointActionCount {
                let actions = game.jointActions.actions(of: a)
                let mean = (model.localReward(at: profile[0], measure: mu, action: actions[0])
                            + model.localReward(at: profile[1], measure: mu, action: actions[1])) / 2
                #expect(abs(game.reward(agent: 0, s, a) - mean) <= 4 * Double.ulpOfOne * max(1, abs(mean)))
            }
        }
        // Mass moved between states outside N_0 = {0, 1} changes neither r(0, ·) nor P(·|0, ·).
        let mu1: [Double] = [0.2, 0.3, 0.5, 0, 0], mu2: [Double] = [0.2, 0.3, 0, 0.1, 0.4]
        for a in 0..<2 {
            #expect(model.localReward(at: 0, measure: mu1, action: a) == model.localReward(at: 0, measure: mu2, action: a))
            #expect(model.localTransition(from: 0, measure: mu1, action: a) == model.localTransition(from: 0, measure: mu2, action: a))
        }
        // …while mass inside N_2 = {1, 2, 3} does change P(·|2, ·) when κ > 0.
        #expect(model.localTransition(from: 2, measure: mu1, action: 0) != model.localTransition(from: 2, measure: mu2, action: 0))
    }

    @Test("a graph must have one node per local state")
    func graphSizeChecked() throws {
        let game = try GameCatalog.builder(named: "ltde-network").build(overrides: ["agents": "2"])
        #expect(throws: ModelError.self) {
            _ = try Game(name: "bad", stateNames: game.stateNames, agents: game.agents, gamma: game.gamma,
                         initial: game.initial, transitions: game.transitions, rewards: game.rewards,
                         graph: .path(nodes: 5), population: game.population)
        }
    }
}
