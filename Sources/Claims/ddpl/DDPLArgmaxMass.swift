import MarkovGames

/// The constant of ddpl Thm. C.1, c_π := min_s Σ_{a_i* ∈ argmax_{a_i} Q̄_i^π(s,a_i)} π_i(a_i*|s), for each
/// agent i (the printed definition leaves i free; `min` over agents is the reading under which one
/// c multiplies every agent's term, see `ddpl.thmC.1`).
///
/// An action belongs to the argmax when Q̄_i(s,a) ≥ max_a Q̄_i(s,·) − 2δ with δ the forward-error bound
/// of Q̄_i (two computed values that may be equal are treated as tied).
enum ArgmaxMass {
    static func perAgent(game: Game, policy: ProductPolicy, views: [ExactDecSPG.View]) -> [Double] {
        (0..<game.agentCount).map { i in
            let k = game.agents[i].actionCount, q = views[i].agent.averagedQ, slack = 2 * views[i].tolerance
            return (0..<game.stateCount).map { s in
                let row = (s * k)..<((s + 1) * k)
                let best = q[row].max()!
                return row.filter { q[$0] >= best - slack }.reduce(0.0) { $0 + policy.tables[i][$1] }
            }.min()!
        }
    }
}
