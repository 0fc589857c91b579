import ExactSolvers
import GSLKit
import MarkovGames
import PropertyBased
import Testing

@Suite struct LocalizedActionValuesTests {
    /// mappo C0: V(s) = Σ_{a^{1:m}} π^{1:m}(a^{1:m}|s) Q^{1:m}(s,a^{1:m}) for every m; in particular the
    /// recursion ends at Q^{1:0} = V, the solved value. The prefix probabilities π^{1:m} are built
    /// here from the policy's tables; the identity holds to the linear solve's residual
    /// (Σ_a π(a|s)Q(s,a) − V(s) is that residual) plus the rounding of |A| products per state and
    /// level, doubled.
    @Test func recursionEndsAtTheValue() async {
        await propertyCheck(count: 40, input: GameShape.generator()) { shape in
            let game = shape.game()
            let policy = RandomPolicies.conditional(game, rng: RandomSource(seed: shape.seed &+ 17))
            let localized = try LocalizedActionValues(game: game, policy: policy)
            let eval = try #require(localized.evaluation)
            let scale = max(Vector.infinityNorm(eval.actionValues), Vector.infinityNorm(eval.values))
            let tol = 2 * (eval.residualTolerance + Roundoff.sum(terms: game.jointActionCount * (game.agentCount + 1), scale: scale))
            #expect(Vector.infinityNorm(Vector.difference(localized.values, eval.values)) <= tol)
            let nS = game.stateCount
            var prefix = [Double](repeating: 1, count: nS)       // π^{1:m}(b_m|s), flat [s][b_m]
            for m in 0...game.agentCount {
                let width = localized.prefixCounts[m]
                for s in 0..<nS {
                    var v = 0.0
                    for b in 0..<width { v += prefix[s * width + b] * localized.tables[m][s * width + b] }
                    #expect(abs(v - eval.values[s]) <= tol)
                }
                guard m < game.agentCount else { break }
                let k = game.agents[policy.order[m]].actionCount
                prefix = (0..<(nS * width * k)).map { prefix[$0 / k] * policy.tables[m][$0] }
            }
        }
    }

    /// For a product policy the prefix Q^{1:m} of the recursion equals Q^P computed directly as
    /// E_{ã~π^{P̃}} Q(s,a^P,ã) by marginalising with product weights (mappo Def. 3.1), P = σ(1..m);
    /// and A^{P'} = Q^{P∪P'} − Q^P for P = σ(1..m), P' = σ(m+1..m') matches `advantage(from:to:)`.
    /// Both compute sums of the same |A| products in different orders: |A|·ε·max|Q|, doubled.
    @Test func productPolicyPrefixesMatchDirectMarginals() async {
        await propertyCheck(count: 40, input: GameShape.generator()) { shape in
            let game = shape.game()
            let rng = RandomSource(seed: shape.seed &+ 19)
            let product = RandomPolicies.product(game, rng: rng)
            let order = rng.permutation(game.agentCount)
            let localized = try LocalizedActionValues(game: game, policy: ConditionalPolicy(product, game: game, order: order))
            let q = try #require(localized.evaluation).actionValues
            let tol = Roundoff.sum(terms: 2 * game.jointActionCount, scale: Vector.infinityNorm(q))
            for m in 0...game.agentCount {
                let direct = SubsetActionValues.values(game: game, policy: product, actionValues: q, subset: Array(order[..<m]))
                #expect(Vector.infinityNorm(Vector.difference(direct, localized.tables[m])) <= tol)
                for mPrime in m...game.agentCount {
                    let a = SubsetActionValues.advantage(game: game, policy: product, actionValues: q,
                                                         subset: Array(order[..<m]), added: Array(order[m..<mPrime]))
                    #expect(Vector.infinityNorm(Vector.difference(a, localized.advantage(from: m, to: mPrime))) <= 2 * tol)
                }
            }
        }
    }

    /// A product policy along the order σ = (agent 2, agent 1) with |A_1| = 2, |A_2| = 3: the prefix of
    /// length 1 is π²(a²|s), the full prefix at the ordered index a²·2 + a¹ is π²(a²|s)·π¹(a¹|s), and
    /// the tail after position 1 is π¹(a¹|s) (each one product of table entries: exact to one rounding).
    @Test func prefixAndTailProbabilitiesOfAProductPolicyAlongAnOrder() async {
        await propertyCheck(count: 10, input: Gen.uint64(in: 0...UInt64(1) << 40)) { seed in
            let rng = RandomSource(seed: seed)
            let agents = [Agent(name: "1", actions: ["a", "b"]), Agent(name: "2", actions: ["a", "b", "c"])]
            var transitions: [Double] = []
            for _ in 0..<12 { transitions += rng.dirichlet(dimension: 2) }
            let game = try Game(name: "shape", stateNames: ["s0", "s1"], agents: agents, gamma: 0.5, initial: [0.5, 0.5],
                                transitions: transitions, rewards: .shared([Double](repeating: 0, count: 12)))
            let product = RandomPolicies.product(game, rng: rng)
            let pi = ConditionalPolicy(product, game: game, order: [1, 0])
            let prefixes = pi.prefixProbabilities(in: game)
            let tail = AgentOrdering(game: game, order: [1, 0]).tailProbabilities(of: pi, from: 1, stateCount: 2)
            #expect(prefixes[0] == [1, 1])
            for s in 0..<2 { for a1 in 0..<2 { for a2 in 0..<3 {
                let p1 = product.tables[0][s * 2 + a1], p2 = product.tables[1][s * 3 + a2]
                #expect(prefixes[1][s * 3 + a2] == p2)
                #expect(abs(prefixes[2][s * 6 + a2 * 2 + a1] - p1 * p2) <= Double.ulpOfOne)
                #expect(tail[s * 6 + a2 * 2 + a1] == p1)
            } } }
        }
    }

    /// The chain of a product policy from an ARBITRARY Q (not Q_π; haqo's critic estimates, eqs.
    /// (20)–(21)) equals Q^P = E_{ã~π^{P̃}} Q(s,a^P,ã) marginalised directly with product weights,
    /// P = σ(1..m); `evaluation` is nil. Same rounding argument as above: |A|·ε·max|Q|, doubled.
    @Test func productChainFromAnyActionValuesMatchesDirectMarginals() async {
        await propertyCheck(count: 40, input: GameShape.generator()) { shape in
            let game = shape.game()
            let rng = RandomSource(seed: shape.seed &+ 31)
            let product = RandomPolicies.product(game, rng: rng)
            let order = rng.permutation(game.agentCount)
            let q = (0..<(game.stateCount * game.jointActionCount)).map { _ in rng.uniform(-5, 5) }
            let chain = LocalizedActionValues(game: game, policy: product, order: order, actionValues: q)
            #expect(chain.evaluation == nil)
            #expect(chain.order == order)
            let tol = Roundoff.sum(terms: 2 * game.jointActionCount, scale: Vector.infinityNorm(q))
            for m in 0...game.agentCount {
                let direct = SubsetActionValues.values(game: game, policy: product, actionValues: q, subset: Array(order[..<m]))
                #expect(Vector.infinityNorm(Vector.difference(direct, chain.tables[m])) <= tol)
            }
        }
    }

    /// mappo C2: Σ_{a^m} π^m(a^m|s,a^{1:m−1}) A^m(s,a^{1:m−1},a^m) = 0 for every agent and prefix,
    /// and the telescoping sum Σ_{i≤m} A^i = Q^{1:m} − V (Lemma B.3). Each is a sum of |A_m| products
    /// of size ≤ 2‖Q‖.
    @Test func agentAdvantagesAverageToZeroAndTelescope() async {
        await propertyCheck(count: 30, input: GameShape.generator()) { shape in
            let game = shape.game()
            let policy = RandomPolicies.conditional(game, rng: RandomSource(seed: shape.seed &+ 23))
            let localized = try LocalizedActionValues(game: game, policy: policy)
            let scale = 2 * Vector.infinityNorm(try #require(localized.evaluation).actionValues)
            var telescoped = [Double](repeating: 0, count: game.stateCount)
            for m in 1...game.agentCount {
                let a = localized.advantage(agentAt: m), table = policy.tables[m - 1]
                let k = game.agents[policy.order[m - 1]].actionCount
                for row in 0..<(a.count / k) {
                    var mean = 0.0
                    for j in 0..<k { mean += table[row * k + j] * a[row * k + j] }
                    #expect(abs(mean) <= Roundoff.sum(terms: 2 * k, scale: scale))
                }
                telescoped = (0..<a.count).map { telescoped[$0 / k] + a[$0] }
                let direct = localized.advantage(from: 0, to: m)
                #expect(Vector.infinityNorm(Vector.difference(telescoped, direct)) <= Roundoff.sum(terms: 2 * m, scale: scale))
            }
        }
    }

    /// mappo C1 (Def. 3.2): Q^{1:m} is the fixed point of T_π^{1:m}. ‖T Q^{1:m} − Q^{1:m}‖_∞ is
    /// bounded by the linear residual (it is T^π V − V averaged by the tail policy; doubled, as Q
    /// also carries γ·fe) plus the rounding of T's |A|(|S|+1) products; the operator's own exact fixed
    /// point agrees with the recursion within both forward errors; and T contracts:
    /// ‖Tf − Tg‖ ≤ γ‖f − g‖ + rounding for random f, g.
    @Test func localizedQIsTheFixedPointOfTheMultiAgentBellmanOperator() async {
        await propertyCheck(count: 30, input: GameShape.generator()) { shape in
            let game = shape.game()
            let rng = RandomSource(seed: shape.seed &+ 29)
            let policy = RandomPolicies.conditional(game, rng: rng)
            let localized = try LocalizedActionValues(game: game, policy: policy)
            let eval = try #require(localized.evaluation)
            let scale = max(Vector.infinityNorm(eval.actionValues), game.maxAbsoluteReward)
            let rounding = Roundoff.sum(terms: game.jointActionCount * (game.stateCount + 1), scale: scale)
            for m in 0...game.agentCount {
                let op = MultiAgentBellmanOperator(game: game, policy: policy, prefixLength: m)
                let q = localized.tables[m]
                let tq = op.apply(q)
                #expect(Vector.infinityNorm(Vector.difference(tq, q)) <= 2 * eval.residualTolerance + rounding)
                let fixed = try op.fixedPoint()
                #expect(Vector.infinityNorm(Vector.difference(fixed.actionValues, q)) <= 2 * (fixed.forwardErrorBound + eval.forwardErrorBound) + rounding)
                let f = q.map { _ in rng.uniform(-10, 10) }, g = q.map { _ in rng.uniform(-10, 10) }
                let lhs = Vector.infinityNorm(Vector.difference(op.apply(f), op.apply(g)))
                #expect(lhs <= game.gamma * Vector.infinityNorm(Vector.difference(f, g)) + Roundoff.sum(terms: 2 * game.jointActionCount * (game.stateCount + 1), scale: 10 + scale))
            }
        }
    }
}
