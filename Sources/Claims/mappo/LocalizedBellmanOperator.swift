import ExactSolvers
import MarkovGames

/// The multi-agent Bellman operator T_π^{1:m} of mappo Def. 3.2, for f: S × A^{1:m} → ℝ flat [s][b_m]:
///
///   T_π^{1:m} f(s,a^{1:m}) = E_{ã~π^{m+1:N}(·|s,a^{1:m}), s'~P(·|s,a^{1:m},ã)} [ r(s,a^{1:m},ã) + γ f(s',π^{1:m}) ],
///   f(s',π^{1:m}) = Σ_{a'^{1:m}} π^{1:m}(a'^{1:m}|s') f(s',a'^{1:m}).
///
/// The printed operator lost its reward term to OCR (theory note §2.3); with it the fixed point is
/// Q_π^{1:m} as the paper says. T is the policy operator of the localized MDP (S, A^{1:m}, P^{1:m},
/// R^{1:m}, γ) at the prefix policy π^{1:m}. Sec. 5 applies the same operator with a reward table
/// other than the game's (the auxiliary games M_k of Lemma C.3), hence the `reward` argument.
///
/// This duplicates ExactSolvers' `MultiAgentBellmanOperator` (branch `solvers`) for the identity
/// agent order; it goes once that type is on main.
struct LocalizedBellmanOperator: Sendable {
    let prefixLength: Int
    /// The localized MDP; its actions are the prefixes b_m.
    let localizedMDP: FiniteMDP
    /// π^{1:m}(b_m|s), flat [s][b_m].
    let prefixPolicy: [Double]

    /// T_π^{1:m} for `policy` in `game`, with reward r (flat [s][a] over the joint index; the game's
    /// shared reward by default). Complexity O(|S|²|A|·N).
    init(game: Game, policy: ConditionalPolicy, prefixLength m: Int, reward: [Double]? = nil) {
        let layout = PrefixLayout(game: game)
        let nS = game.stateCount, nA = game.jointActionCount, width = layout.counts[m]
        let tail = policy.tailProbabilities(layout, after: m)
        let r = reward ?? game.rewards.table(agent: 0)
        var p = [Double](repeating: 0, count: nS * width * nS)
        var rm = [Double](repeating: 0, count: nS * width)
        for s in 0..<nS {
            for a in 0..<nA {
                let w = tail[s * nA + a]
                if w == 0 { continue }
                let row = s * width + layout.prefix(a, length: m)
                rm[row] += w * r[s * nA + a]
                let src = (s * nA + a) * nS, dst = row * nS
                for t in 0..<nS { p[dst + t] += w * game.transitions[src + t] }
            }
        }
        prefixLength = m
        localizedMDP = FiniteMDP(stateCount: nS, actionCount: width, transitions: p, rewards: rm, gamma: game.gamma, initial: game.initial)
        prefixPolicy = policy.prefixProbabilities(layout)[m]
    }

    /// T_π^{1:m} f. Complexity O(|S|²·P_m).
    func apply(_ f: [Double]) -> [Double] {
        localizedMDP.actionValues(from: localizedMDP.stateValues(actionValues: f, policy: prefixPolicy))
    }

    /// f(s,π^{1:m}) = Σ_b π^{1:m}(b|s) f(s,b) for every s.
    func stateValues(_ f: [Double]) -> [Double] {
        localizedMDP.stateValues(actionValues: f, policy: prefixPolicy)
    }

    /// The fixed point of T_π^{1:m} by one LU solve in the localized MDP.
    func fixedPoint() throws -> PolicyEvaluation {
        try PolicyEvaluation(mdp: localizedMDP, policy: prefixPolicy)
    }
}
