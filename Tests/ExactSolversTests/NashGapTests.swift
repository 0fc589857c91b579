import ExactSolvers
import GSLKit
import MarkovGames
import PropertyBased
import Testing

@Suite struct NashGapTests {
    /// NE-gap_i(π) ≥ 0 up to the solves' error bound, for shared and per-agent rewards.
    @Test func gapIsNonNegative() async {
        await propertyCheck(count: 40, input: GameShape.generator()) { shape in
            let game = shape.game()
            let policy = RandomPolicies.product(game, rng: RandomSource(seed: shape.seed &+ 11))
            let gap = try NashGap(game: game, policy: policy)
            #expect(gap.perAgent.count == game.agentCount)
            for g in gap.perAgent { #expect(g >= -gap.errorBound) }
            #expect(gap.value == gap.perAgent.max())
        }
    }

    /// At a joint optimum of an identical-interest game the NE-gap is 0: an optimal deterministic
    /// joint policy (policy iteration on the joint MDP) is a product of Dirac policies, and no agent
    /// can beat the optimum by deviating alone. Tolerance: the gap's own error bound plus how far
    /// policy iteration's answer may sit below V* (its Bellman tolerance/(1−γ)).
    @Test func gapVanishesAtAJointOptimum() async {
        await propertyCheck(count: 40, input: GameShape.generator()) { shape in
            let game = shape.game()
            guard game.rewards.isShared else { return }
            let optimum = try FiniteMDP(game: game).policyIteration()
            let space = game.jointActions
            let tables = (0..<game.agentCount).map { i in
                (0..<game.stateCount).flatMap { s in
                    (0..<space.sizes[i]).map { a in a == space.action(ofAgent: i, in: optimum.actions[s]) ? 1.0 : 0.0 }
                }
            }
            let gap = try NashGap(game: game, policy: ProductPolicy(tables: tables))
            let allowed = gap.errorBound + optimum.bellmanResidualTolerance / (1 - game.gamma)
            #expect(abs(gap.value) <= allowed, "NE-gap \(gap.value) at a joint optimum, allowed \(allowed)")
        }
    }

    /// The best-response value max_{π_i'} J_i(π_i', π_{−i}) equals the best over all deterministic
    /// π_i', enumerated and each evaluated on the FULL game (not through the induced MDP): an optimal
    /// stationary deterministic best response exists (finite MDP). Small shapes keep |A_i|^|S| ≤ 256.
    @Test func bestResponseMatchesEnumeration() async {
        await propertyCheck(count: 25, input: GameShape.generator(states: 1...4, agents: 1...3, maxActions: 1...4)) { shape in
            let game = shape.game()
            let policy = RandomPolicies.product(game, rng: RandomSource(seed: shape.seed &+ 13))
            let gap = try NashGap(game: game, policy: policy)
            for i in 0..<game.agentCount {
                let k = game.agents[i].actionCount, nS = game.stateCount
                let count = (0..<nS).reduce(1) { r, _ in r * k }
                guard count <= 256 else { continue }
                var best = -Double.infinity, worstError = 0.0
                for code in 0..<count {
                    var deviation = policy, rest = code
                    var table = [Double](repeating: 0, count: nS * k)
                    for s in 0..<nS { table[s * k + rest % k] = 1; rest /= k }
                    deviation.tables[i] = table
                    let eval = try game.evaluate(.product(deviation), agent: i)
                    best = max(best, eval.objective(initial: game.initial))
                    worstError = max(worstError, eval.forwardErrorBound)
                }
                #expect(abs(best - gap.bestResponseObjectives[i]) <= gap.errorBound + worstError,
                        "agent \(i): enumeration \(best), NashGap \(gap.bestResponseObjectives[i])")
            }
        }
    }
}
