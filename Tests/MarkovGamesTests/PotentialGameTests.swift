import GSLKit
import PropertyBased
import Testing
@testable import MarkovGames

/// The potential of a game's state games, reconstructed from the rewards along the path of
/// unilateral deviations from the all-zero profile: Φ(s, a) = Σ_i [r_i(s, (a_1..a_i, 0..0)) −
/// r_i(s, (a_1..a_{i−1}, 0..0))] (Monderer & Shapley 1996). For a potential game this is the
/// potential up to a constant per state; for any other game the deviation identity below fails.
func reconstructedPotential(_ game: Game) -> [Double] {
    let space = game.jointActions, nA = space.count, n = game.agentCount
    var phi = [Double](repeating: 0, count: game.stateCount * nA)
    for s in 0..<game.stateCount {
        for a in 0..<nA {
            let actions = space.actions(of: a)
            var prefix = [Int](repeating: 0, count: n)
            var total = 0.0
            for i in 0..<n {
                let before = space.index(of: prefix)
                prefix[i] = actions[i]
                total += game.reward(agent: i, s, space.index(of: prefix)) - game.reward(agent: i, s, before)
            }
            phi[s * nA + a] = total
        }
    }
    return phi
}

/// max over s, i, a, a_i' of |[r_i(s,a) − r_i(s,(a_i',a_−i))] − [Φ(s,a) − Φ(s,(a_i',a_−i))]|.
func worstPotentialResidual(_ game: Game, potential phi: [Double]) -> Double {
    let space = game.jointActions, nA = space.count
    var worst = 0.0
    for s in 0..<game.stateCount {
        for a in 0..<nA {
            for i in 0..<game.agentCount {
                for b in 0..<space.sizes[i] {
                    let dev = space.replacing(agent: i, with: b, in: a)
                    let dr = game.reward(agent: i, s, a) - game.reward(agent: i, s, dev)
                    let dphi = phi[s * nA + a] - phi[s * nA + dev]
                    worst = max(worst, abs(dr - dphi))
                }
            }
        }
    }
    return worst
}

@Suite("random-potential")
struct PotentialGameTests {
    static func build(_ states: Int, _ agents: Int, _ actions: Int, _ seed: UInt64) -> Game {
        try! GameCatalog.builder(named: "random-potential").build(
            overrides: ["states": "\(states)", "agents": "\(agents)", "actions": "\(actions)"], seed: seed)
    }

    /// Rewards are ≤ 2 in size and Φ sums 2n of them: residual ≤ 4n·2·2⁻⁵²; allow 16n·2⁻⁵².
    @Test("every state game is a potential game: unilateral reward differences are Φ differences")
    func statePotential() async {
        await propertyCheck(count: 60, input: Gen.int(in: 1...4), Gen.int(in: 1...3), Gen.int(in: 2...3), Gen.uint64(in: 0...UInt64.max)) { nS, n, k, seed in
            let game = Self.build(nS, n, k, seed)
            let residual = worstPotentialResidual(game, potential: reconstructedPotential(game))
            #expect(residual <= 16 * Double(n) * Double.ulpOfOne)
        }
    }

    @Test("negative control: changing one reward of one agent breaks the potential identity")
    func negativeControl() throws {
        let game = Self.build(2, 2, 2, 1)
        guard case .perAgent(var tables) = game.rewards else { Issue.record("per-agent rewards expected"); return }
        tables[1][game.jointActions.index(of: [1, 1])] += 0.25   // r_2(s0, (1, 1))
        let broken = try Game(name: "broken", stateNames: game.stateNames, agents: game.agents, gamma: game.gamma,
                              initial: game.initial, transitions: game.transitions, rewards: .perAgent(tables))
        #expect(worstPotentialResidual(broken, potential: reconstructedPotential(broken)) >= 0.2)
    }

    @Test("transitions are agent-independent: P(·|s,a) is the same row for every joint action")
    func agentIndependentTransitions() async {
        await propertyCheck(count: 40, input: Gen.int(in: 1...4), Gen.int(in: 1...3), Gen.uint64(in: 0...UInt64.max)) { nS, n, seed in
            let game = Self.build(nS, n, 2, seed)
            for s in 0..<nS {
                let first = Array(game.transitionRow(s, 0))
                for a in 1..<game.jointActionCount { #expect(Array(game.transitionRow(s, a)) == first) }
            }
        }
    }

    /// The Markov potential property (Leonardos et al., Sec. 3): for product policies π and a
    /// unilateral change of agent i, V_i^s(π) − V_i^s(π_i', π_−i) = Φ^s(π) − Φ^s(π_i', π_−i), with
    /// Φ^s(π) the value of the reward Φ. Values come from fixed-point iteration to 1e-15 of the
    /// scale r_max/(1−γ) ≤ 20; the identity is compared at 1e-12 of that scale.
    @Test("Markov potential game: value differences of unilateral changes are potential-value differences")
    func markovPotential() async {
        await propertyCheck(count: 25, input: Gen.int(in: 1...4), Gen.int(in: 2...3), Gen.uint64(in: 0...UInt64.max)) { nS, n, seed in
            let game = Self.build(nS, n, 2, seed)
            let phi = reconstructedPotential(game)
            let potentialGame = try! Game(name: "Φ", stateNames: game.stateNames, agents: game.agents, gamma: game.gamma,
                                          initial: game.initial, transitions: game.transitions, rewards: .shared(phi))
            let rng = RandomSource(seed: seed ^ 0xabc)
            let pi = randomProductPolicy(game, rng: rng)
            let i = rng.integer(below: n)
            var changed = pi
            changed.tables[i] = randomProductPolicy(game, rng: rng).tables[i]
            let (jp, jc) = (pi.joint(in: game), changed.joint(in: game))
            let dV = zip(policyValues(game, jp, agent: i), policyValues(game, jc, agent: i)).map { $0 - $1 }
            let dPhi = zip(policyValues(potentialGame, jp, agent: 0), policyValues(potentialGame, jc, agent: 0)).map { $0 - $1 }
            let scale = max(game.maxAbsoluteReward, 1) / (1 - game.gamma)
            for (x, y) in zip(dV, dPhi) { #expect(abs(x - y) <= 1e-12 * scale) }
        }
    }
}
