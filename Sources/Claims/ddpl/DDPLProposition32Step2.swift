import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension DDPLClaims {
    /// ddpl, Proposition 3.2 proof, eq. (20), as printed, on the discretised M_ma with the blind rewards
    /// r¬_ma of each agent (the `ddpl-ma` builder, `reward=blind`): agent i's exact averaged Q at the start
    /// state, Q̄_i(s_start, a_i) under random product policies, minus r_start(a_i), is the same for every
    /// action a_i. Measured as max_{a_i} − min_{a_i} of that difference, per agent.
    static let proposition32Step2 = Claim(
        id: "ddpl.prop3.2/step2", paper: .ddpl, source: "Proposition 3.2 proof (App. A), eqs. (19)–(20)",
        statement: "Since Q̂_i^{π^{k−1}} is accurate for the M_ma reward r¬_ma(s,a) = 1(s = −1_n) Σ_j r_start(a_j) + 1(s ≠ −1_n) c_1 Σ_{j≠i} [s]_j, policy π_i only contributes through r_start(a_i): Q̂_i^{π^{k−1}}(s_0, ·) = r_start(a_i) + g(π_{−i}) for some function g; so π̃_i^k ∝ π_i^{k−1}(·|s_0) exp(ηQ̂_i/(1−γ)) ∝ π_i^{k−1}(·|s_0) exp(η r_start(a_i)/(1−γ)) (20).",
        hypotheses: "ddpl-ma with reward = blind, n ∈ {2, 3}, actions on 16 (n = 2) or 8 (n = 3) Gauss–Legendre nodes of [−1.5, 1.5], γ ∈ {0.1, 0.5, 0.9} (M_ma does not restate γ); product policies with rows ~ Dirichlet(1)",
        kind: .identity,
        check: ClaimCheck(family: InstanceFamily(
            description: "discretised M_ma (blind rewards), n ∈ {2, 3}, γ ∈ {0.1, 0.5, 0.9}, random product policy \"pi\"",
            searchSpace: SearchSpace(policies: ["pi"])
        ) { rng in
            let n = rng.integer(in: 2...3), gamma = [0.1, 0.5, 0.9][rng.integer(below: 3)]
            let g = try GameCatalog.builder(named: "ddpl-ma").build(overrides: ["agents": "\(n)", "points": n == 2 ? "16" : "8",
                                                                               "reward": "blind", "gamma": "\(gamma)"])
            return ClaimInstance(game: g, policies: ["pi": .product(RandomInstances.productPolicy(g, rng))])
        }) { x in
            let g = try x.requireGame(), pi = try x.productPolicy("pi")
            var measurements: [Measurement] = [], spreads: [Double] = []
            for i in 0..<g.agentCount {
                let view = try AgentView(game: g, policy: pi, agent: i)
                let k = g.agents[i].actionCount, nodes = try g.agents[i].actionRule.map { $0.nodes } ?? { throw ClaimError.missing("action rule") }()
                let differences = (0..<k).map { view.averagedQ[$0] - StartStateExample.rStart(nodes[$0]) }
                let spread = differences.max()! - differences.min()!
                spreads.append(spread)
                let scale = Vector.infinityNorm(view.averagedQ)
                measurements.append(Measurement("agent \(i + 1): max − min of Q̄_i(s_start, a_i) − r_start(a_i)", lhs: spread, .equal, rhs: 0,
                                                tolerance: .discounted(g, scale: scale, solves: 2, what: "Q̄_i")))
            }
            return Evaluation(measurements: measurements,
                              quantities: [NamedValue("n", Double(g.agentCount)), NamedValue("γ", g.gamma), NamedValue("largest spread", spreads.max()!)])
        })
}
