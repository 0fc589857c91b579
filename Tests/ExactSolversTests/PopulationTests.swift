import ExactSolvers
import GSLKit
import MarkovGames
import PropertyBased
import Testing

/// A small networked population game built here: N agents on the path graph 0 — 1 — 2 of local
/// states, actions {stay, move}. Given the global profile, agents move independently: an agent at x
/// that stays remains with probability σ(x, n(N_x)), otherwise drifts to a uniformly random neighbour;
/// one that moves goes to a uniformly random neighbour with probability μ(x, n(N_x)), otherwise stays.
/// n(N_x) is the number of agents in x's 1-hop ball, so each agent's kernel depends only on its own
/// state and action and the local mean field (ltde (2.7)), and identically for every agent (mfppo
/// (2.1)). The shared reward is the team average (1/N)Σ_i [u(x_i) − c·a_i − d·n(N_{x_i})/N].
/// `agentBias` adds that much to the reward whenever agent 1 sits in local state 0 (a deliberate
/// break of permutation invariance).
enum PathPopulationGame {
    static func make(agents n: Int, seed: UInt64, agentBias: Double = 0) -> Game {
        let rng = RandomSource(seed: seed)
        let k = 3
        let graph = try! StateGraph(nodeCount: k, edges: [[0, 1], [1, 2]])
        let ballSizes = n + 1
        let stay = (0..<(k * ballSizes)).map { _ in rng.uniform(0.5, 1) }
        let move = (0..<(k * ballSizes)).map { _ in rng.uniform(0.2, 0.9) }
        let u = (0..<k).map { _ in rng.uniform(0, 1) }
        let c = rng.uniform(0, 0.3), d = rng.uniform(0, 0.5)
        let nS = (0..<n).reduce(1) { r, _ in r * k }, nA = 1 << n
        func profile(_ s: Int) -> [Int] {
            var x = [Int](repeating: 0, count: n), rest = s
            for i in stride(from: n - 1, through: 0, by: -1) { x[i] = rest % k; rest /= k }
            return x
        }
        func ballCount(_ x: [Int], _ y: Int) -> Int { x.filter { abs($0 - y) <= 1 }.count }
        func local(_ from: Int, _ action: Int, _ count: Int, _ to: Int) -> Double {
            let neighbours = graph.neighbours[from]
            let drift = neighbours.contains(to) ? 1 / Double(neighbours.count) : 0
            let keep = action == 0 ? stay[from * ballSizes + count] : 1 - move[from * ballSizes + count]
            return (to == from ? keep : 0) + (1 - keep) * drift
        }
        var transitions = [Double](repeating: 0, count: nS * nA * nS)
        var rewards = [Double](repeating: 0, count: nS * nA)
        for s in 0..<nS {
            let x = profile(s)
            for a in 0..<nA {
                let acts = (0..<n).map { (a >> (n - 1 - $0)) & 1 }
                var r = 0.0
                for i in 0..<n { r += u[x[i]] - c * Double(acts[i]) - d * Double(ballCount(x, x[i])) / Double(n) }
                rewards[s * nA + a] = r / Double(n) + (x[0] == 0 ? agentBias : 0)
                for t in 0..<nS {
                    let y = profile(t)
                    var p = 1.0
                    for i in 0..<n { p *= local(x[i], acts[i], ballCount(x, x[i]), y[i]) }
                    transitions[(s * nA + a) * nS + t] = p
                }
            }
        }
        let names = (0..<nS).map { s in profile(s).map(String.init).joined() }
        let agents = (0..<n).map { Agent(name: "agent\($0 + 1)", actions: ["stay", "move"]) }
        return try! Game(name: "path-population", stateNames: names, agents: agents, gamma: 0.8,
                         initial: rng.dirichlet(dimension: nS), transitions: transitions, rewards: .shared(rewards),
                         graph: graph, population: PopulationStructure(localStates: ["0", "1", "2"]))
    }

    /// A symmetric product policy: every agent plays π(move | x_i, n(N_{x_i})) from one shared table.
    static func symmetricPolicy(_ game: Game, seed: UInt64) -> ProductPolicy {
        let rng = RandomSource(seed: seed)
        let n = game.agentCount
        let table = (0..<(3 * (n + 1))).map { _ in rng.uniform(0.05, 0.95) }
        let profiles = game.population!
        return ProductPolicy(tables: (0..<n).map { i in
            (0..<game.stateCount).flatMap { s -> [Double] in
                let x = profiles.profile(ofState: s, agents: game.agentCount)
                let count = x.filter { abs($0 - x[i]) <= 1 }.count
                let pMove = table[x[i] * (n + 1) + count]
                return [1 - pMove, pMove]
            }
        })
    }
}

@Suite struct PopulationTests {
    /// The game is invariant by construction; the products of N per-agent factors and the team average
    /// are evaluated in permuted orders, so the violations are round-off: ≤ 4Nε (probabilities ≤ 1;
    /// rewards ≤ 2 in size).
    @Test func invarianceHoldsByConstructionAndABiasIsFound() async {
        await propertyCheck(count: 6, input: Gen.int(in: 2...3), Gen.uint64(in: 0...1_000_000)) { n, seed in
            let game = PathPopulationGame.make(agents: n, seed: seed)
            let v = try PermutationInvariance.worstViolation(of: game)
            #expect(v.worst <= 8 * Double(n) * Double.ulpOfOne)
            // Swapping agent 1 (at local state 0) with an agent elsewhere moves the bias: exactly 0.1.
            let biased = try PermutationInvariance.worstViolation(of: PathPopulationGame.make(agents: n, seed: seed, agentBias: 0.1))
            #expect(abs(biased.rewards - 0.1) <= 8 * Double(n) * Double.ulpOfOne)
            #expect(biased.transitions <= 8 * Double(n) * Double.ulpOfOne)

            let symmetric = PathPopulationGame.symmetricPolicy(game, seed: seed &+ 1)
            #expect(try PermutationInvariance.worstViolation(of: symmetric.joint(in: game), in: game) <= 8 * Double(n) * Double.ulpOfOne)
            var lopsided = symmetric
            lopsided.tables[0] = ProductPolicy.uniform(game).tables[0]
            #expect(try PermutationInvariance.worstViolation(of: lopsided.joint(in: game), in: game) > 1e-3)
        }
    }

    /// The histogram lift (mfppo Prop. 2.1–2.2): there are C(N+K−1, K−1) histograms (Prop. 3.1's
    /// count, closed form), V*(s) = Ṽ*(hist(s)), and for a symmetric policy V^π(s) = Ṽ^π̃(hist(s)) and
    /// J = J̃. Tolerances: the two policy-iteration answers each lie within their Bellman tolerance
    /// /(1−γ) of the optimum; the two evaluations within their forward errors; the (permuted-order)
    /// model differences are round-off, ≤ 8Nε·‖V‖/(1−γ) once propagated through the resolvent.
    @Test func liftPreservesValues() async {
        await propertyCheck(count: 6, input: Gen.int(in: 2...3), Gen.uint64(in: 0...1_000_000)) { n, seed in
            let game = PathPopulationGame.make(agents: n, seed: seed)
            let lift = try MeanFieldLift(game: game)
            let binomial = (1...2).reduce(1) { r, j in r * (n + j) / j }      // C(N+2, 2)
            #expect(lift.histograms.count == binomial)
            for (h, s) in lift.representatives.enumerated() { #expect(lift.histograms.histogramIndex[s] == h) }

            let optimum = try FiniteMDP(game: game).policyIteration()
            let lifted = try lift.mdp.policyIteration()
            let g = game.gamma
            let model = 8 * Double(n) * Double.ulpOfOne * Vector.infinityNorm(optimum.values) / (1 - g)
            let allowed = (optimum.bellmanResidualTolerance + lifted.bellmanResidualTolerance) / (1 - g) + model
            #expect(Vector.infinityNorm(Vector.difference(optimum.values, lift.pullBack(lifted.values))) <= allowed)

            let policy = PathPopulationGame.symmetricPolicy(game, seed: seed &+ 2).joint(in: game)
            let eval = try game.evaluate(.joint(policy))
            let liftedEval = try PolicyEvaluation(mdp: lift.mdp, policy: lift.lift(policy))
            let evalAllowed = eval.forwardErrorBound + liftedEval.forwardErrorBound + model
            #expect(Vector.infinityNorm(Vector.difference(eval.values, lift.pullBack(liftedEval.values))) <= evalAllowed)
            #expect(abs(eval.objective(initial: game.initial) - liftedEval.objective(initial: lift.mdp.initial)) <= evalAllowed)
        }
    }

    /// ltde Def. 3.4 on a hand-made Q: Q(s,a) = n₂(s), the number of agents in local state 2, with
    /// N = 3. For x = 0: N_0^0 = {0}, and with n₀ = 0 the count n₂ ranges over 0…3, so Δ_0(0) = 3;
    /// N_0^1 = {0,1} fixes n₀ and n₁, hence n₂ = N − n₀ − n₁ (the outside mass is fixed by Σµ = 1),
    /// so Δ_0(1) = 0; and Δ_0(2) = 0. For x = 2, n₂ is inside every ball: Δ_2(k) = 0 for all k.
    @Test func sensitivityOfAHandMadeQ() throws {
        let game = PathPopulationGame.make(agents: 3, seed: 1)
        let profiles = try #require(game.population)
        let nA = game.jointActionCount
        let q = (0..<(game.stateCount * nA)).map { Double(profiles.histogram(ofState: $0 / nA, agents: game.agentCount)[2]) }
        let fromZero = try OutsideSensitivity.profile(game: game, actionValues: q, localState: 0)
        #expect(fromZero.map(\.value) == [3, 0, 0])
        #expect(fromZero.map(\.neighbourhood) == [[0], [0, 1], [0, 1, 2]])
        let w = fromZero[0].witnesses
        #expect(q[w.high.state * nA + w.high.action] - q[w.low.state * nA + w.low.action] == 3)
        #expect(profiles.histogram(ofState: w.high.state, agents: game.agentCount)[0] == profiles.histogram(ofState: w.low.state, agents: game.agentCount)[0])
        #expect(try OutsideSensitivity.profile(game: game, actionValues: q, localState: 2).map(\.value) == [0, 0, 0])
    }

    /// Δ_x(k) of the team Q of a symmetric policy agrees with a brute-force sup over all pairs of
    /// (state, action) with equal counts n_y and c_{y,b} on N_x^k, compared pair by pair; it is
    /// non-increasing in k (the classes refine as the ball grows), and once the ball is every local state
    /// only round-off remains: Q is then a function of (µ, h) (symmetric game and policy), and
    /// permuted profiles differ by at most both of their forward errors.
    @Test func sensitivityMatchesBruteForceAndDecreases() async {
        await propertyCheck(count: 4, input: Gen.int(in: 2...3), Gen.uint64(in: 0...1_000_000)) { n, seed in
            let game = PathPopulationGame.make(agents: n, seed: seed)
            let profiles = try #require(game.population)
            let eval = try game.evaluate(.product(PathPopulationGame.symmetricPolicy(game, seed: seed &+ 3)))
            let q = eval.actionValues
            let nS = game.stateCount, nA = game.jointActionCount, space = game.jointActions
            let graph = try #require(game.graph)
            for x in 0..<3 {
                let sensitivity = try OutsideSensitivity.profile(game: game, actionValues: q, localState: x)
                for (k, result) in sensitivity.enumerated() {
                    let ball = graph.neighbourhood(of: x, hops: k)
                    func counts(_ s: Int, _ a: Int) -> [Int] {
                        let local = profiles.profile(ofState: s, agents: game.agentCount)
                        return ball.flatMap { y in
                            [local.filter { $0 == y }.count] + (0..<2).map { b in
                                (0..<n).filter { local[$0] == y && space.action(ofAgent: $0, in: a) == b }.count
                            }
                        }
                    }
                    let keys = (0..<(nS * nA)).map { counts($0 / nA, $0 % nA) }
                    var brute = 0.0
                    for u in 0..<(nS * nA) {
                        for v in 0..<(nS * nA) where keys[u] == keys[v] { brute = max(brute, q[u] - q[v]) }
                    }
                    #expect(result.value == brute)
                    if k > 0 { #expect(result.value <= sensitivity[k - 1].value) }
                }
                #expect((sensitivity.last?.value ?? .infinity) <= 2 * eval.forwardErrorBound)
            }
        }
    }
}
