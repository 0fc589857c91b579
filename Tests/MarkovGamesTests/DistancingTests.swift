import Testing
@testable import MarkovGames

/// The distancing game against Leonardos et al. (ICLR 2022) Sec. 5 as described there: weights
/// (1, 2, 4, 6) for facilities A–D, penalty c = 100 in the distancing state, safe → distancing
/// when more than N/2 agents share a facility, distancing → safe when no facility has more
/// than N/4.
@Suite("distancing")
struct DistancingTests {
    let game = try! GameCatalog.builder(named: "distancing").build()

    func joint(_ facilities: String) -> Int {
        game.jointActions.index(of: facilities.map { Int($0.asciiValue! - Character("A").asciiValue!) })
    }

    @Test("defaults: 8 agents, facilities A–D, two states, ρ₀ = (½, ½), γ = 0.99")
    func defaults() {
        #expect(game.agentCount == 8)
        #expect(game.agents.allSatisfy { $0.actions == ["A", "B", "C", "D"] })
        #expect(game.stateNames == ["safe", "distancing"])
        #expect(game.initial == [0.5, 0.5])
        #expect(game.gamma == 0.99)
    }

    /// Hand-worked profiles (agent 1 first). Rewards: w_k · n_k, minus 100 in the distancing state.
    @Test("rewards and transitions of hand-worked profiles", arguments: [
        // profile,   next from safe, next from distancing, r_1 in safe
        ("DDDDDDDD", 1, 1, 48.0),   // 8 at D (6·8): crowded → distancing, stays
        ("AAAABBBB", 0, 1, 4.0),    // max load 4 = N/2 is not > N/2: stays safe; > N/4: stays distancing
        ("AAAAABBB", 1, 1, 5.0),    // 5 > 4 → distancing
        ("AABBCCDD", 0, 0, 2.0),    // loads 2 ≤ N/4: distancing → safe
        ("AAABBCCD", 0, 1, 3.0),    // load 3 > 2: stays distancing
        ("DCBAABCD", 0, 0, 12.0),   // agent 1 at D with 2 agents: 6·2
    ])
    func handWorked(profile: String, fromSafe: Int, fromDistancing: Int, firstReward: Double) {
        let a = joint(profile)
        #expect(game.probability(from: 0, a, to: fromSafe) == 1)
        #expect(game.probability(from: 1, a, to: fromDistancing) == 1)
        #expect(game.reward(agent: 0, 0, a) == firstReward)
        #expect(game.reward(agent: 0, 1, a) == firstReward - 100)
    }

    /// Each state game is a congestion game with Rosenthal potential
    /// Φ_s(a) = Σ_k w_k n_k(n_k+1)/2 − c·N·1(s = distancing); integers, so exact.
    @Test("state games are potential games with Rosenthal's potential (4 agents, every profile)")
    func rosenthal() throws {
        let small = try GameCatalog.builder(named: "distancing").build(overrides: ["agents": "4"])
        let w: [Double] = [1, 2, 4, 6]
        let space = small.jointActions
        var phi = [Double](repeating: 0, count: 2 * space.count)
        for a in 0..<space.count {
            var load = [Double](repeating: 0, count: 4)
            for k in space.actions(of: a) { load[k] += 1 }
            let rosenthal = (0..<4).reduce(0) { $0 + w[$1] * load[$1] * (load[$1] + 1) / 2 }
            phi[a] = rosenthal
            phi[space.count + a] = rosenthal - 100 * 4
        }
        #expect(worstPotentialResidual(small, potential: phi) == 0)
    }
}
