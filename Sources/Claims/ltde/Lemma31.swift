import ExactSolvers
import GSLKit
import MarkovGames

extension LTDEClaims {
    /// Instances small enough to also solve the N-agent game on profiles: path or ring graphs with
    /// k ∈ {3, 4} nodes, N ∈ {2, 3}, m = 2 (at most 64 profiles × 8 joint actions), γ ~ U[0.1, 0.95].
    static let agentLevelFamily = InstanceFamily(
        description: "path or ring graphs, k ∈ {3, 4}, N ∈ {2, 3}, m = 2, random NetworkedMeanFieldModel tables and individual policy π(x, µ(x)), γ ∈ [0.1, 0.95]",
        searchSpace: NetworkedInstance.searchSpace, admissible: NetworkedInstance.admissible
    ) { rng in
        let kind: NetworkGraphKind = rng.integer(below: 2) == 0 ? .path : .ring
        let k = kind == .ring ? rng.integer(in: 3...4) : rng.integer(in: 3...4)
        return NetworkedInstance.sample(rng, graph: kind, nodes: k, agents: rng.integer(in: 2...3), gammas: 0.1...0.95)
    }

    /// ltde, Lemma 3.1, eqs. (3.8)–(3.11), one policy at a time: for π ∈ u and the Π ∈ U it induces,
    /// V^π(µ) of (MF-MARL) equals Σ_s Ṽ_s^Π(µ), and the N-agent Q^π(s, a) equals
    /// Q^Π(µ, h) = Σ_s Q_s^Π(µ, h) at the (µ, h) the profile and joint action induce. (The suprema
    /// in (3.8) range over the same policies, U being the image of u, so (3.8) follows from the
    /// per-policy equality.) Left side: exact evaluation of the N-agent game on profiles; right side:
    /// exact team Q-functions on Ξ under the reading of r_s.
    static func lemma31(_ reading: TeamRewardReading) -> Claim {
        Claim(
            id: "ltde.lem3.1.\(reading.rawValue)", paper: .ltde, source: "Lemma 3.1 (Sec. 3.1), eqs. (3.8)–(3.11)",
            statement: "V(µ) = Ṽ(µ) = sup_{Π∈U} Σ_{s∈S} Ṽ_s^Π(µ) (3.8), with Ṽ_s^Π(µ) = E[Σ_t γ^t r_s(µ_t(N_s), h_t(s)) | µ_0 = µ] (3.9); Q^Π(µ, h) := E[Σ_t γ^t Σ_s r_s(µ_t(N_s), h_t(s)) | µ_0 = µ, h_0 = h] = Σ_{s∈S} Q_s^Π(µ, h) (3.10), Q_s^Π(µ, h) = E[Σ_t γ^t r_s(µ_t(N_s), h_t(s)) | µ_0 = µ, h_0 = h] (3.11).",
            reading: "\(reading.phrase); checked per policy: V^π(µ) = Σ_s Ṽ_s^Π(µ) and Q^π(s, a) = Σ_s Q_s^Π(µ, h)",
            hypotheses: "path/ring graphs with k ≤ 4, N ≤ 3, m = 2; π a random individual-decentralized policy (2.8), Π ∈ U its team policy (3.2); V^π, Q^π of the N-agent game with reward (1/N)Σ_i r(s^i, µ(N_{s^i}), a^i)",
            kind: .identity,
            check: ClaimCheck(family: agentLevelFamily) { x in
                let problem = try TeamProblem(x)
                let agents = try AgentLevelGame(problem: problem)
                let nAgent = try agents.game.evaluate(.product(agents.policy))
                let teams = try problem.chain.teamActionValues(problem.rewards(reading))
                let total = (0..<problem.space.count).map { xi in teams.values.reduce(0) { $0 + $1[xi] } }
                let teamV = problem.chain.stateValues(total)
                let tol = Tolerance(nAgent.forwardErrorBound + Double(problem.space.nodeCount) * teams.errorBound,
                                    "exact solves: N-agent V^π (forward error \(shortNumber(nAgent.forwardErrorBound))) + |S| team solves on Ξ (κ∞·8|Ξ|ε·‖Q_s‖∞ each)")
                var worstPerMeasure = [(Double, Double, Double)](repeating: (-1, 0, 0), count: problem.space.measureCount)
                for s in 0..<agents.game.stateCount {
                    let mu = agents.measure(state: s, space: problem.space)
                    let gap = abs(nAgent.values[s] - teamV[mu])
                    if gap > worstPerMeasure[mu].0 { worstPerMeasure[mu] = (gap, nAgent.values[s], teamV[mu]) }
                }
                var measurements = worstPerMeasure.enumerated().map { mu, w in
                    Measurement("V at n = \(problem.space.measures[mu])", lhs: w.1, .equal, rhs: w.2, tolerance: tol)
                }
                let nA = agents.game.jointActionCount
                var worstQ = (gap: -1.0, lhs: 0.0, rhs: 0.0, label: "")
                for s in 0..<agents.game.stateCount {
                    for a in 0..<nA {
                        let xi = agents.configuration(state: s, action: a, space: problem.space)
                        let gap = abs(nAgent.actionValues[s * nA + a] - total[xi])
                        if gap > worstQ.gap { worstQ = (gap, nAgent.actionValues[s * nA + a], total[xi], "Q at profile \(s), joint action \(a)") }
                    }
                }
                measurements.append(Measurement(worstQ.label, lhs: worstQ.lhs, .equal, rhs: worstQ.rhs, tolerance: tol))
                return Evaluation(
                    measurements: measurements,
                    quantities: [NamedValue("γ", problem.gamma), NamedValue("|Ξ|", Double(problem.space.count)),
                                 NamedValue("profiles", Double(agents.game.stateCount)),
                                 NamedValue("max |V^π − Σ_s Ṽ_s^Π|", worstPerMeasure.map(\.0).max()!),
                                 NamedValue("max |Q^π − Σ_s Q_s^Π|", worstQ.gap)],
                    notes: [problem.instance.description])
            })
    }
}
