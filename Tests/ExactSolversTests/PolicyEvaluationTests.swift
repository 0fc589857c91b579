import ExactSolvers
import GSLKit
import MarkovGames
import PropertyBased
import Testing

@Suite struct PolicyEvaluationTests {
    /// The linear solve's residual is below its derived tolerance, and the Bellman equation
    /// V = Σ_a π(a|s) Q(s,a) with Q = r + γPV holds when recomputed here from the game's own tables.
    ///
    /// Tolerance: Σ_a π(a|s)Q(s,a) − V(s) = (r_π + γP_πV − V)(s) is the linear residual, which a
    /// backward-stable solve leaves below `residualTolerance` = 8|S|ε(1+γ)·max(‖V‖,‖r_π‖); this
    /// recomputation adds the rounding of |A|·(|S|+1) products of size ≤ max(max|r|, ‖V‖).
    @Test func bellmanEquationHoldsToTheSolveTolerance() async {
        await propertyCheck(count: 40, input: GameShape.generator()) { shape in
            let game = shape.game()
            let policy = RandomPolicies.product(game, rng: RandomSource(seed: shape.seed &+ 1))
            let joint = policy.joint(in: game).table
            let nS = game.stateCount, nA = game.jointActionCount
            for i in 0..<(game.rewards.isShared ? 1 : game.agentCount) {
                let eval = try game.evaluate(.product(policy), agent: i)
                #expect(eval.residual <= eval.residualTolerance)
                var worst = 0.0
                for s in 0..<nS {
                    var v = 0.0
                    for a in 0..<nA {
                        var q = game.reward(agent: i, s, a)
                        for t in 0..<nS { q += game.gamma * game.probability(from: s, a, to: t) * eval.values[t] }
                        #expect(abs(q - eval.actionValues[s * nA + a]) <= Roundoff.sum(terms: nS + 1, scale: max(game.maxAbsoluteReward, Vector.infinityNorm(eval.values))))
                        v += joint[s * nA + a] * q
                    }
                    worst = max(worst, abs(v - eval.values[s]))
                }
                let scale = max(game.maxAbsoluteReward, Vector.infinityNorm(eval.values))
                #expect(worst <= eval.residualTolerance + Roundoff.sum(terms: nA * (nS + 1), scale: scale))
            }
        }
    }

    /// Policy iteration and value iteration reach the same V*, each within its own guarantee:
    /// ‖V_PI − V*‖ ≤ ‖TV_PI − V_PI‖/(1−γ) ≤ tol_PI/(1−γ) (T is a γ-contraction), and
    /// ‖V_VI − V*‖ ≤ τ/2 by the stopping rule (Puterman Thm 6.3.1), plus the rounding of each sweep,
    /// accumulated through the contraction: ≤ (|S|+1)·ε·‖V‖·2/(1−γ). Also V* ≥ V^π for a random π,
    /// up to both forward errors. Shapes are kept to |S| ≤ 12, n ≤ 3 so that value iteration at
    /// γ = 0.99 stays quick in debug builds.
    @Test func policyIterationAndValueIterationAgree() async {
        await propertyCheck(count: 30, input: GameShape.generator(states: 1...12, agents: 1...3)) { shape in
            let game = shape.game()
            let mdp = FiniteMDP(game: game)
            let pi = try mdp.policyIteration()
            let tau = 1e-9
            let vi = try mdp.valueIteration(tolerance: tau)
            #expect(pi.bellmanResidual <= pi.bellmanResidualTolerance)
            #expect(vi.bellmanResidual <= vi.bellmanResidualTolerance)
            let scale = max(Vector.infinityNorm(pi.values), game.maxAbsoluteReward)
            let viRounding = Roundoff.sum(terms: game.stateCount + 1, scale: scale) / (1 - game.gamma)
            let allowed = pi.bellmanResidualTolerance / (1 - game.gamma) + tau / 2 + viRounding
            #expect(Vector.infinityNorm(Vector.difference(pi.values, vi.values)) <= allowed)

            let other = try game.evaluate(.product(RandomPolicies.product(game, rng: RandomSource(seed: shape.seed &+ 2))))
            for s in 0..<game.stateCount {
                #expect(pi.values[s] >= other.values[s] - pi.bellmanResidualTolerance / (1 - game.gamma) - other.forwardErrorBound)
            }
        }
    }

    /// A two-state chain computed by hand: state 0 pays 1 and moves to state 1; state 1 pays 0 and
    /// stays. V(1) = 0, V(0) = 1. With γ = 0.5 and a second action in state 0 that pays 0 and stays
    /// (V = 0), the optimum is to move: V*(0) = 1, V*(1) = 0.
    @Test func handComputedTwoStateChain() throws {
        let mdp = FiniteMDP(stateCount: 2, actionCount: 2,
                            transitions: [0, 1, 1, 0, 0, 1, 0, 1], rewards: [1, 0, 0, 0], gamma: 0.5, initial: [1, 0])
        let optimum = try mdp.policyIteration()
        #expect(optimum.actions[0] == 0)
        #expect(abs(optimum.values[0] - 1) <= 4 * Double.ulpOfOne)
        #expect(abs(optimum.values[1]) <= 4 * Double.ulpOfOne)
    }

    /// mfppo's normalized convention: (1−γ)V, and Q_norm = (1−γ)r + γPV_norm (mfppo Sec. 2.2),
    /// recomputed here; |V_norm| ≤ max|r| (to round-off).
    @Test func normalizedEvaluationFollowsMfppoConvention() async {
        await propertyCheck(count: 20, input: GameShape.generator(states: 1...10, agents: 1...3)) { shape in
            let game = shape.game()
            let policy = Policy.product(RandomPolicies.product(game, rng: RandomSource(seed: shape.seed &+ 3)))
            let normalized = try game.normalizedEvaluation(policy)
            let nS = game.stateCount, nA = game.jointActionCount
            let r = game.rewards.table(agent: 0)
            let rMax = r.reduce(0) { max($0, abs($1)) }
            let tol = normalized.forwardErrorBound + Roundoff.sum(terms: nS + 1, scale: max(rMax, Vector.infinityNorm(normalized.values)))
            for s in 0..<nS {
                #expect(abs(normalized.values[s]) <= rMax + tol)
                for a in 0..<nA {
                    var q = (1 - game.gamma) * r[s * nA + a]
                    for t in 0..<nS { q += game.gamma * game.probability(from: s, a, to: t) * normalized.values[t] }
                    #expect(abs(q - normalized.actionValues[s * nA + a]) <= tol)
                }
            }
            let j = try game.objective(policy)
            #expect(abs(try game.normalizedObjective(policy) - (1 - game.gamma) * j) <= Roundoff.sum(terms: nS, scale: abs(j)))
        }
    }
}
