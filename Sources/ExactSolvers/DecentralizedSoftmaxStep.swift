import MarkovGames

/// One epoch of exact decentralized softmax policy gradient (DecSPG; ddpl Alg. 1 with the exact
/// averaged Q, Q̂_i = Q̄_i, and the unrestricted class Π_i, so the reverse-KL projection is the
/// identity; ddpl Thm. C.1, Zhang et al. 2022):
///
///   π_i^k(·|s) ∝ π_i^{k−1}(·|s) · exp( η/(1−γ) · Q̄_i^{π^{k−1}}(s,·) ),
///
/// every agent at once, all from the same π^{k−1}. Q̄_i is agent i's averaged Q under its own
/// reward (ddpl Sec. 2.1), computed exactly in its induced MDP (`AgentView`); the update is taken in
/// log space (`ExponentialWeights`).
public enum DecentralizedSoftmaxStep {
    /// π^k from π^{k−1} = `policy` with step η (λ = η/(1−γ) multiplies Q̄).
    /// Complexity O(n·(|S|³ + |S|²|A|)).
    public static func next(game: Game, policy: ProductPolicy, eta: Double) throws(SolverError) -> ProductPolicy {
        let lambda = eta / (1 - game.gamma)
        var tables: [[Double]] = []
        for i in 0..<game.agentCount {
            let view = try AgentView(game: game, policy: policy, agent: i)
            tables.append(ExponentialWeights.reweightRows(policy.tables[i], by: view.averagedQ, scale: lambda,
                                                          width: game.agents[i].actionCount))
        }
        return ProductPolicy(tables: tables)
    }
}
