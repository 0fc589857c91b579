import ExactSolvers
import GSLKit
import MarkovGames

extension LTDEClaims {
    /// ltde, Lemma 3.2, eq. (3.12), reading the optimum "thereafter" of (2.9) as the central
    /// optimum over the whole team action h' ∈ H^N(µ_1), the sup that (3.12) prints: the optimal
    /// Q of the N-agent problem (2.5) on profiles is a function of (µ, h) and equals the fixed
    /// point of (3.12) on Ξ. Left side: Q*(s, a) of the N-agent game by policy iteration; right
    /// side: Q*(µ, h) of the measure-space MDP by policy iteration. Side by side (the theory
    /// note's F2): J of the central optimum and the best deterministic individual-decentralized
    /// policy of u (exhaustive when there are at most 512 of them).
    static let lemma32 = Claim(
        id: "ltde.lem3.2", paper: .ltde, source: "Lemma 3.2 (Sec. 3.2), eq. (3.12), with (2.5) and (2.9)",
        statement: "The Q-function defined in (2.9) satisfies: Q(µ, h) = E[Σ_{i=1}^N (1/N) r(s_0^i, µ(N_{s_0^i}), a_0^i) | s_0, a_0] + γ E_{s_1^i ~ P(· | s_0^i, µ(N_{s_0^i}), a_0^i)}[sup_{h' ∈ H^N(µ_1)} Q(µ_1, h')] (3.12), with µ_1 = (1/N) Σ_i 1(s_1^i = ·).",
        reading: "\"playing optimally thereafter\" in (2.9) as the central optimum of (2.5) (a controller choosing every agent's action from the whole profile), which is the sup (3.12) prints; Q(µ, h) compared with Q*(s, a) at every profile and joint action inducing (µ, h)",
        hypotheses: "path/ring graphs with k ≤ 4, N ≤ 3, m = 2 (the N-agent game has ≤ 64 profiles × 8 joint actions); reward (1/N)Σ_i r(s^i, µ(N_{s^i}), a^i)",
        kind: .identity,
        check: ClaimCheck(family: agentLevelFamily) { x in
            let problem = try TeamProblem(x)
            let agents = try AgentLevelGame(problem: problem)
            let g = agents.game, space = problem.space
            let nAgent = try FiniteMDP(game: g).policyIteration()
            let averageReward = problem.rewards(.weighted).total
            let measureSpace = try MeasureSpaceControl(kernel: problem.kernel, reward: averageReward, gamma: problem.gamma)
            let nA = g.jointActionCount
            var worst = WorstDiscrepancy()
            for s in 0..<g.stateCount {
                for a in 0..<nA {
                    let xi = agents.configuration(state: s, action: a, space: space)
                    worst.record(nAgent.actionValues[s * nA + a], measureSpace.actionValues[xi], "profile \(s), joint action \(a)")
                }
            }
            let scale = Vector.infinityNorm(measureSpace.values)
            let nAgentError = DiscountedTolerance.forwardError(size: g.stateCount, gamma: problem.gamma, scale: scale)
            let p0 = space.uniformProfileLaw
            let central = Vector.dot(p0, measureSpace.values)
            var quantities = [NamedValue("γ", problem.gamma), NamedValue("J* central, Σ P₀(µ) max_h Q(µ, h)", central),
                              NamedValue("policy-iteration steps (Ξ)", Double(measureSpace.iterations)),
                              NamedValue("Bellman residual of (3.12)", measureSpace.bellmanResidual)]
            var notes = [problem.instance.description]
            if let decentralized = try bestDeterministicIndividual(problem: problem, reward: averageReward, initial: p0) {
                quantities.append(NamedValue("best deterministic π ∈ u, J^π", decentralized))
                quantities.append(NamedValue("central − decentralized", central - decentralized))
            } else {
                notes.append("more than 512 deterministic individual policies: the decentralized comparison is skipped")
            }
            return Evaluation(
                measurements: [worst.measurement(tolerance: Tolerance(nAgentError + measureSpace.errorBound + measureSpace.bellmanResidual / (1 - problem.gamma),
                                                                      "forward errors of the two policy-iteration solves + Bellman residual/(1−γ) of the Ξ solution"))],
                quantities: quantities, notes: notes)
        })

    /// max over deterministic individual policies π: (x, n) ↦ a (n = 1…N) of J^π = Σ_µ P₀(µ)V^π(µ);
    /// `nil` when there are more than 512 of them.
    static func bestDeterministicIndividual(problem: TeamProblem, reward: [Double], initial p0: [Double]) throws -> Double? {
        let space = problem.space, k = space.nodeCount, n = space.agentCount, m = space.actionCount
        let slots = k * n
        var total = 1
        for _ in 0..<slots { total *= m; if total > 512 { return nil } }
        var best = -Double.infinity
        for code in 0..<total {
            var rest = code
            let table: [[[Double]]] = (0..<k).map { _ in
                (0...n).map { c in
                    var row = [Double](repeating: 0, count: m)
                    if c == 0 { row[0] = 1; return row }
                    row[rest % m] = 1
                    rest /= m
                    return row
                }
            }
            let chain = try TeamChain(kernel: problem.kernel, policy: .induced(by: table, space: space), gamma: problem.gamma)
            best = max(best, chain.objective(actionValues: try chain.actionValues(reward: reward).values, initialMeasures: p0))
        }
        return best
    }
}
