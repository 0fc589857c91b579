import Foundation

extension NamedGames {
    /// ddpl's identical-interest game M_ma (Sec. 3.2.2), as printed: agents [n], states
    /// S = {−1_n} ∪ {0,1}ⁿ, fixed start −1_n, A_i = R, and
    ///
    ///     r(s, a) = 1(s = −1_n) Σ_i r_start(a_i) + 1(s ≠ ±1_n) c_1 Σ_i [s]_i + 1(s = 1_n)(c_2 + c_3 exp(−aᵀa)),
    ///     P([s']_i = 1 | s = −1_n, a) = p_start(a_i) independently over i,   P(0 | s, a) = 1 for s ≠ −1_n.
    ///
    /// State order: −1_n first, then {0,1}ⁿ lexicographically (agent 1 slowest), so the all-zeros
    /// state is index 1 and 1_n is the last. `reward=blind` gives, per agent i, the blind reward of
    /// Proposition 3.2 exactly as printed (`.perAgent`):
    ///
    ///     r¬_ma,i(s, a) = 1(s = −1_n) Σ_j r_start(a_j) + 1(s ≠ −1_n) c_1 Σ_{j≠i} [s]_j,
    ///
    /// including its indicator s ≠ −1_n (the true reward uses s ≠ ±1_n). γ is not restated for
    /// M_ma; the default is M_sa's 0.1. Each agent's R is carried by the same Gauss–Legendre rule
    /// (`ddplActionParameters`).
    static let ddplMultiAgent = GameBuilder(
        name: "ddpl-ma",
        summary: "ddpl's n-agent game M_ma (goal 1_n reached only when every agent succeeds)",
        citation: "ddpl Sec. 3.2.2, M_ma (Zhang, Balim & Li, arXiv:2605.07101)",
        parameters: [.init("agents", default: "2", "number of agents n")] + ddplActionParameters,
        isRandom: false
    ) { p, _ throws(ModelError) in
        let n = try p.integer("agents", in: 1...16)
        let rule = try ddplActionRule(p, maximumPoints: 1 << 20)
        let gamma = try p.discount()
        let blind = p.text("reward") == "blind"
        let agents = (0..<n).map { Agent(name: "agent\($0 + 1)", rule: rule) }
        let binary = 1 << n
        let stateNames = ["(" + [String](repeating: "-1", count: n).joined(separator: ",") + ")"]
            + (0..<binary).map { b in "(" + (0..<n).map { String(bit(b, agent: $0, of: n)) }.joined(separator: ",") + ")" }
        try Game.validateShape(stateNames: stateNames, agents: agents, gamma: gamma)
        let nodes = rule.nodes
        let space = JointActionSpace(sizes: agents.map(\.actionCount))
        let nS = binary + 1, nA = space.count
        let startReward = nodes.map(DDPLExample.rStart)
        let success = nodes.map(DDPLExample.pStart)

        var transitions = [Double](repeating: 0, count: nS * nA * nS)
        var start = [Double](repeating: 0, count: nA)   // Σ_i r_start(a_i)
        var goal = [Double](repeating: 0, count: nA)    // c_2 + c_3 exp(−aᵀa)
        for a in 0..<nA {
            let actions = space.actions(of: a)
            var sum = 0.0, squares = 0.0
            for j in actions { sum += startReward[j]; squares += nodes[j] * nodes[j] }
            start[a] = sum
            goal[a] = DDPLExample.c2 + DDPLExample.c3 * exp(-squares)
            for b in 0..<binary {
                var prob = 1.0
                for i in 0..<n {
                    let q = success[actions[i]]
                    prob *= bit(b, agent: i, of: n) == 1 ? q : 1 - q
                }
                transitions[a * nS + 1 + b] = prob
            }
            for s in 1..<nS { transitions[(s * nA + a) * nS + 1] = 1 }
        }

        func rewardTable(_ value: (_ b: Int, _ a: Int) -> Double) -> [Double] {
            var r = start
            r.reserveCapacity(nS * nA)
            for b in 0..<binary { for a in 0..<nA { r.append(value(b, a)) } }
            return r
        }
        let rewards: Rewards
        if blind {
            rewards = .perAgent((0..<n).map { i in
                rewardTable { b, _ in
                    let others = (0..<n).reduce(0) { $0 + ($1 == i ? 0 : bit(b, agent: $1, of: n)) }
                    return DDPLExample.c1 * Double(others)
                }
            })
        } else {
            rewards = .shared(rewardTable { b, a in
                b == binary - 1 ? goal[a] : DDPLExample.c1 * Double(b.nonzeroBitCount)
            })
        }
        return try Game(name: blind ? "ddpl-ma-blind" : "ddpl-ma", stateNames: stateNames, agents: agents,
                        gamma: gamma, initial: [1] + [Double](repeating: 0, count: binary),
                        transitions: transitions, rewards: rewards, source: p.provenance)
    }

    /// [s]_i of the binary state with lexicographic index b (agent 1 the most significant bit).
    private static func bit(_ b: Int, agent i: Int, of n: Int) -> Int { (b >> (n - 1 - i)) & 1 }
}
