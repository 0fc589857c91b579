extension NamedGames {
    /// Von Neumann's ratio game as used in mappo Appendix E (Zhao et al.; after Daskalakis et al.
    /// 2020): two cooperating agents with two actions each, one live state, immediate reward
    /// R(a, b) and stopping probability S(a, b) each round, with (authors' code, `model.py`)
    ///
    ///     R = [[1, 0.5], [−0.5, 0]],   S = [[1, 1], [0.1, 0.1]]   (rows agent 1, columns agent 2),
    ///
    /// so that V(x, y) = xᵀRy / xᵀSy (x, y the two mixed strategies).
    ///
    /// Encoding as a discounted game (γ < 1 is required by `Game`): states "play" and an absorbing,
    /// zero-reward "stopped"; γ = max_{a,b}(1 − S(a,b)) = 0.9 and
    /// P(play | play, (a,b)) = (1 − S(a,b)) / γ, i.e. 0 when agent 1 plays its first action and 1
    /// when it plays its second. Then γ·P(play | play, (a,b)) = 1 − S(a,b) is the continuation
    /// probability of the paper, so V(play) = R_π + (1 − S_π)V(play) gives
    /// V(play) = E_π[R]/E_π[S] and Q(a,b) = R(a,b) + (1 − S(a,b))·V(play): exactly the paper's
    /// value (mappo.md §C17 writes the same model with γ = 1 and the continuation in P).
    /// ρ₀ = δ_play. Paper's landmarks: V = 1 at (x, y) = (1, 1); a stationary point near
    /// (0.5, 0) with V ≈ 0.46.
    static let ratioGame = GameBuilder(
        name: "ratio-game",
        summary: "von Neumann's ratio game V = xᵀRy / xᵀSy (2 agents × 2 actions, stopping as discount)",
        citation: "mappo Appendix E (von Neumann's ratio game, after Daskalakis et al. 2020)",
        parameters: [],
        isRandom: false
    ) { p, _ throws(ModelError) in
        let reward: [Double] = [1, 0.5, -0.5, 0]   // R(a, b), joint index 2a + b
        let stop: [Double] = [1, 1, 0.1, 0.1]       // S(a, b)
        let gamma = stop.map { 1 - $0 }.max()!
        var transitions: [Double] = []
        for s in stop {
            let stay = (1 - s) / gamma
            transitions += [stay, 1 - stay]         // from "play"
        }
        for _ in stop { transitions += [0, 1] }     // "stopped" is absorbing
        let agents = [Agent(name: "agent1", actions: ["a1", "a2"]), Agent(name: "agent2", actions: ["b1", "b2"])]
        return try Game(name: "ratio-game", stateNames: ["play", "stopped"], agents: agents, gamma: gamma,
                        initial: [1, 0], transitions: transitions, rewards: .shared(reward + [0, 0, 0, 0]),
                        source: p.provenance)
    }
}
