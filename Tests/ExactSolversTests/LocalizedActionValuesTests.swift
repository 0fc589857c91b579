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
            let eval = localized.evaluation
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
            let q = localized.evaluation.actionValues
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

    /// mappo C2: Σ_{a^m} π^m(a^m|s,a^{1:m−1}) A^m(s,a^{1:m−1},a^m) = 0 for every agent and prefix,
    /// and the telescoping sum Σ_{i≤m} A^i = Q^{1:m} − V (Lemma B.3). Each is a sum of |A_m| products
    /// of size ≤ 2‖Q‖.
    @Test func agentAdvantagesAverageToZeroAndTelescope() async {
        await propertyCheck(count: 30, input: GameShape.generator()) { shape in
            let game = shape.game()
            let policy = RandomPolicies.conditional(game, rng: RandomSource(seed: shape.seed &+ 23))
            let localized = try LocalizedActionValues(game: game, policy: policy)
            let scale = 2 * Vector.infinityNorm(localized.evaluation.actionValues)
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
            let eval = localized.evaluation
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
