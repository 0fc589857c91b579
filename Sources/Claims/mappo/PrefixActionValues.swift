import ExactSolvers
import GSLKit
import MarkovGames

/// The localized action values Q_π^{1:m} of mappo Def. 3.1 for an autoregressive policy π with the
/// identity agent order, m = 0…N:
///
///   Q_π^{1:m}(s,a^{1:m}) = E_{ã~π^{m+1:N}(·|s,a^{1:m})} Q_π(s,a^{1:m},ã),
///
/// by the backward recursion Q^{1:N} = Q_π, Q^{1:m−1}(s,a^{1:m−1}) = Σ_{a^m} π^m(a^m|s,a^{1:m−1}) Q^{1:m}(s,a^{1:m}),
/// so Q^{1:0} = V_π (mappo theory note §2.2). `tables[m]` is flat [s][b_m] (`PrefixLayout`).
///
/// This is the small subset of ExactSolvers' `LocalizedActionValues` (branch `solvers`) that the
/// mappo claims need; it goes once that type is on main.
struct PrefixActionValues: Sendable {
    /// Q^{1:m} for m = 0…N.
    let tables: [[Double]]
    /// The exact evaluation of π the recursion starts from.
    let evaluation: PolicyEvaluation

    /// Evaluates π exactly in `game` (one LU solve) and runs the recursion. Complexity O(|S|³ + |S|²|A|).
    init(game: Game, policy: ConditionalPolicy) throws {
        let layout = PrefixLayout(game: game)
        let eval = try PolicyEvaluation(mdp: FiniteMDP(game: game), policy: policy.joint(in: game).table)
        var tables = [[Double]](repeating: [], count: layout.agentCount + 1)
        tables[layout.agentCount] = eval.actionValues
        for m in stride(from: layout.agentCount, to: 0, by: -1) {
            let k = layout.actionCount(agent: m), pi = policy.tables[m - 1], next = tables[m]
            tables[m - 1] = (0..<layout.rows(agent: m)).map { row in
                var v = 0.0
                for a in 0..<k { v += pi[row * k + a] * next[row * k + a] }
                return v
            }
        }
        self.tables = tables
        evaluation = eval
    }

    /// V_π = Q^{1:0}.
    var values: [Double] { tables[0] }

    /// The agent-m advantage A_π^m(s,a^{1:m−1},a^m) = Q^{1:m} − Q^{1:m−1} (mappo Lemma B.3), flat [s][b_m].
    func advantage(agent m: Int, layout: PrefixLayout) -> [Double] {
        let k = layout.actionCount(agent: m)
        return tables[m].indices.map { tables[m][$0] - tables[m - 1][$0 / k] }
    }

    /// The forward-error bound of every entry (one LU solve, κ∞·8|S|ε times the value scale).
    var errorBound: Double { evaluation.forwardErrorBound }
}
