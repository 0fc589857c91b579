import ExactSolvers
import GSLKit
import MarkovGames

/// The steps of App. A (proof of Lemma 3.1), each on the N-agent chain P^π(s'|s) = Σ_a π(a|s)P(s'|s,a)
/// of the game on profiles and the chain on Ξ.
extension LTDEClaims {
    /// Σ_{s' : µ(s') = µ'} P^π(s' | s), for every profile s and measure µ': the law of µ_{t+1}
    /// given the profile s_t = s.
    static func aggregatedKernel(_ agents: AgentLevelGame, space: TeamConfigurations) -> [[Double]] {
        let g = agents.game
        let p = FiniteMDP(game: g).stateTransitionMatrix(policy: Policy.product(agents.policy).joint(in: g).table)
        let target = (0..<g.stateCount).map { agents.measure(state: $0, space: space) }
        return (0..<g.stateCount).map { s in
            var row = [Double](repeating: 0, count: space.measureCount)
            for t in 0..<g.stateCount { row[target[t]] += p[s, t] }
            return row
        }
    }

    /// App. A, Step 1, (A.1)–(A.2): µ_t is Markov under π: the law of µ_{t+1} given the profile
    /// depends on the profile only through µ_t (exchangeability, Dawson [15]).
    static let lemma31Step1 = Claim(
        id: "ltde.lem3.1/step1", paper: .ltde, source: "Lemma 3.1 proof (App. A), Step 1, (A.1)–(A.2)",
        statement: "P(µ_{t+1} | σ(µ_t) ∨ F_t^s) = P(µ_{t+1} | σ(µ_t)) a.s. (A.1); so there is a kernel P̃_N with µ_{t+1} ~ P̃_N(· | µ_t, π) (A.2).",
        hypotheses: "as ltde.lem3.1; for every two profiles with the same empirical measure, the laws of µ_{t+1} are compared",
        kind: .identity,
        check: ClaimCheck(family: agentLevelFamily) { x in
            let problem = try TeamProblem(x)
            let agents = try AgentLevelGame(problem: problem)
            let lumped = aggregatedKernel(agents, space: problem.space)
            var first = [Int?](repeating: nil, count: problem.space.measureCount), spread = 0.0
            for s in 0..<agents.game.stateCount {
                let mu = agents.measure(state: s, space: problem.space)
                guard let r = first[mu] else { first[mu] = s; continue }
                for j in 0..<problem.space.measureCount { spread = max(spread, abs(lumped[s][j] - lumped[r][j])) }
            }
            return Evaluation(
                measurements: [Measurement("max over profiles with equal µ of |P(µ'|s) − P(µ'|s̃)|", lhs: spread, .equal, rhs: 0,
                                           tolerance: .roundoff(scale: 1, operations: agents.game.stateCount * agents.game.jointActionCount, what: "Σ_a π(a|s)P(s'|s,a) summed over a class"))],
                quantities: [NamedValue("profiles", Double(agents.game.stateCount)), NamedValue("|P^N(S)|", Double(problem.space.measureCount))],
                notes: [problem.instance.description])
        })

    /// App. A, Step 2, (A.4): the measure kernel of the N-agent chain under π equals
    /// Σ_h Π(h|µ) P_N(µ'|µ, h) (3.5) under the induced Π.
    static let lemma31Step2 = Claim(
        id: "ltde.lem3.1/step2", paper: .ltde, source: "Lemma 3.1 proof (App. A), Step 2, (A.4)",
        statement: "E[⟨g, µ_{t+1}⟩ | σ(µ_t)] = Σ_{s'} g(s') Σ_s µ_t(s) Σ_h Π(h | µ_t(s)) Σ_a P(s' | s, µ_t(N(s)), a) h(s)(a) (A.4): µ_{t+1} evolves by P_N(· | µ_t, h_t) under Π(h_t | µ_t), i.e. (A.2) under π is (3.5) under Π.",
        reading: "as the equality of kernels P̃_N(µ' | µ, π) = Σ_h Π(h|µ) P_N(µ' | µ, h) for every µ, µ'",
        hypotheses: "as ltde.lem3.1",
        kind: .identity,
        check: ClaimCheck(family: agentLevelFamily) { x in
            let problem = try TeamProblem(x)
            let agents = try AgentLevelGame(problem: problem)
            let lumped = aggregatedKernel(agents, space: problem.space)
            let space = problem.space, chain = problem.chain
            var worst = WorstDiscrepancy()
            for s in 0..<agents.game.stateCount {
                let mu = agents.measure(state: s, space: space)
                var viaTeams = [Double](repeating: 0, count: space.measureCount)
                for (j, w) in chain.policyWeights[mu].enumerated() {
                    for (t, q) in problem.kernel.rows[space.firstConfiguration[mu] + j].enumerated() { viaTeams[t] += w * q }
                }
                for t in 0..<space.measureCount { worst.record(lumped[s][t], viaTeams[t], "P(µ' = \(space.measures[t]) | profile \(s))") }
            }
            return Evaluation(
                measurements: [worst.measurement(tolerance: .roundoff(scale: 1, operations: agents.game.stateCount * agents.game.jointActionCount + space.count,
                                                                      what: "two sums of products of probabilities"))],
                quantities: [NamedValue("max |P̃_N − Σ_h Π P_N|", worst.gap)],
                notes: [problem.instance.description])
        })

    /// App. A, Step 2, the "byproduct" of (A.4) with g = 1(· = s_o):
    /// E[µ_{t+1}(s_o) | µ_t] = Σ_{s∈N(s_o)} µ_t(s) Σ_h Π(h | µ_t(s)) Σ_a P(s_o | s, µ_t(N(s)), a) h(s)(a).
    static let lemma31Step3 = Claim(
        id: "ltde.lem3.1/step3", paper: .ltde, source: "Lemma 3.1 proof (App. A), display after (A.4)",
        statement: "E[µ_{t+1}(s_o) | σ(µ_t)] = Σ_{s∈N(s_o)} µ_t(s) Σ_{h∈P_{Nµ_t(s)}(A)} Π(h | µ_t(s)) Σ_{a∈A} P(s_o | s, µ_t(N(s)), a) h(s)(a); so µ_{t+1}(s_o) only depends on µ_t(N_{s_o}^2) and h_t(N_{s_o}).",
        reading: "the expectation checked against the exact P_N of (3.5) averaged over Π(·|µ); the locality part is ltde.eq3.5",
        hypotheses: "as ltde.lem3.5 families on paths; every µ ∈ P^N(S) and s_o ∈ S",
        kind: .identity,
        check: ClaimCheck(family: networkFamily(.path)) { x in
            let problem = try TeamProblem(x)
            let space = problem.space, model = problem.instance.model, m = space.actionCount
            var worst = WorstDiscrepancy()
            for mu in 0..<space.measureCount {
                let measure = space.empiricalMeasure(mu), n = space.measures[mu]
                var exact = [Double](repeating: 0, count: space.nodeCount)
                for (j, w) in problem.chain.policyWeights[mu].enumerated() {
                    let e = problem.kernel.expectedCounts(space.firstConfiguration[mu] + j)
                    for y in 0..<space.nodeCount { exact[y] += w * e[y] / Double(space.agentCount) }
                }
                for so in 0..<space.nodeCount {
                    var printed = 0.0
                    for s in space.graph.neighbourhood(of: so, hops: 1) where n[s] > 0 {
                        let law = problem.chain.policy.probabilities[s][n[s]]
                        for (j, c) in space.teamActions[n[s]].enumerated() {
                            for a in 0..<m {
                                printed += measure[s] * law[j] * model.localTransition(from: s, measure: measure, action: a)[so] * Double(c[a]) / Double(n[s])
                            }
                        }
                    }
                    worst.record(exact[so], printed, "E[µ'(\(so)) | n = \(n)]")
                }
            }
            return Evaluation(
                measurements: [worst.measurement(tolerance: .roundoff(scale: 1, operations: 4 * space.count, what: "expectations of µ' over P_N and Π"))],
                notes: [problem.instance.description])
        })

    /// App. A, Step 1, (A.3): regrouping the agents by state,
    /// (1/N) Σ_i Σ_a π(s^i, µ(s^i))(a) r(s^i, µ(N_{s^i}), a) = Σ_s µ(s) Σ_a r(s, µ(N_s), a) π(s, µ(s))(a).
    static let lemma31Step4 = Claim(
        id: "ltde.lem3.1/step4", paper: .ltde, source: "Lemma 3.1 proof (App. A), (A.3)",
        statement: "V^π(µ) := E[Σ_t γ^t (1/N) Σ_i r(s_t^i, µ_t(N_{s_t^i}), a_t^i) | µ_0 = µ] = E[Σ_t γ^t Σ_{s∈S} µ_t(s) Σ_{a∈A} r(s, µ_t(N_s), a) π(s, µ_t(s))(a) | µ_0 = µ] (A.3).",
        reading: "the per-step expected rewards of the two sides compared on every profile",
        hypotheses: "as ltde.lem3.1",
        kind: .identity,
        check: ClaimCheck(family: agentLevelFamily) { x in
            let problem = try TeamProblem(x)
            let agents = try AgentLevelGame(problem: problem)
            let g = agents.game, space = problem.space
            let perProfile = FiniteMDP(game: g).expectedReward(policy: Policy.product(agents.policy).joint(in: g).table)
            var worst = WorstDiscrepancy()
            for s in 0..<g.stateCount {
                let mu = agents.measure(state: s, space: space)
                worst.record(perProfile[s], problem.regroupedReward(measure: space.empiricalMeasure(mu), counts: space.measures[mu]), "profile \(s)")
            }
            return Evaluation(
                measurements: [worst.measurement(tolerance: .roundoff(scale: 2, operations: 4 * g.jointActionCount * g.agentCount, what: "the two reward averages"))],
                notes: [problem.instance.description])
        })

    /// App. A, Step 2, the last display: Σ_s E_{h~Π(·|µ)}[r_s(µ(N_s), h(s))] equals
    /// Σ_s µ(s) Σ_a r(s, µ(N_s), a) π(s, µ(s))(a) (the step from Ṽ^Π to V^π).
    static func lemma31Step5(_ reading: TeamRewardReading) -> Claim {
        Claim(
            id: "ltde.lem3.1/step5.\(reading.rawValue)", paper: .ltde, source: "Lemma 3.1 proof (App. A), Step 2, chain from Ṽ^Π(µ) to V^π(µ)",
            statement: "E_{µ_{t+1}~P_N}[Σ_t γ^t Σ_{s∈S} E_{h_t~Π(·|µ_t)}[r_s(µ_t(N_s), h_t) | µ_t]] = E[Σ_t γ^t Σ_{s∈S} µ_t(s) Σ_{h_t} Π(h_t | µ_t) Σ_{a∈A} r(s, µ_t(N_s), a) h(a)] = E[Σ_t γ^t Σ_{s∈S} µ_t(s) Σ_{a∈A} r(s, µ_t(N_s), a) π_t(s, µ_t(s))(a)] = V^π(µ).",
            reading: "\(reading.phrase); the per-step identity Σ_s E_{h~Π(·|µ)}[r_s] = Σ_s µ(s) Σ_a r(s, µ(N_s), a) π(s, µ(s))(a) at every µ",
            hypotheses: "as ltde.lem3.5 families on rings; every µ ∈ P^N(S)",
            kind: .identity,
            check: ClaimCheck(family: networkFamily(.ring)) { x in
                let problem = try TeamProblem(x)
                let space = problem.space
                let rewards = problem.rewards(reading).total
                let viaTeams = problem.chain.stateValues(rewards)
                var worst = WorstDiscrepancy()
                for mu in 0..<space.measureCount {
                    let n = space.measures[mu]
                    worst.record(viaTeams[mu], problem.regroupedReward(measure: space.empiricalMeasure(mu), counts: n), "n = \(n)")
                }
                return Evaluation(
                    measurements: [worst.measurement(tolerance: .roundoff(scale: 2 * Double(space.nodeCount), operations: 4 * space.count,
                                                                          what: "the per-step team and agent rewards"))],
                    quantities: [NamedValue("max |Σ_s E r_s − Σ_s µ(s) E r|", worst.gap)],
                    notes: [problem.instance.description])
            })
    }
}
