import GSLKit
import MarkovGames

/// Simulated play of a game: the sampling oracle of the learners that estimate Q from rollouts.
/// Every draw comes from the `RandomSource` passed in, so a seeded run replays exactly.
public struct GameSimulator: Sendable {
    public let game: Game

    public init(game: Game) { self.game = game }

    /// s' ~ P(·|s,a).
    public func nextState(_ s: Int, _ a: Int, rng: RandomSource) -> Int {
        sample(game.transitionRow(s, a), rng: rng)
    }

    /// s ~ ρ₀.
    public func initialState(rng: RandomSource) -> Int { sample(game.initial[...], rng: rng) }

    /// A joint action drawn from a product policy at s (each agent independently).
    public func jointAction(_ policy: ProductPolicy, state s: Int, rng: RandomSource) -> Int {
        let space = game.jointActions
        var a = 0
        for i in 0..<space.agentCount {
            let k = space.sizes[i]
            a += sample(policy.tables[i][(s * k)..<((s + 1) * k)], rng: rng) * space.strides[i]
        }
        return a
    }

    /// A joint action drawn from a joint table π(·|s).
    public func jointAction(_ policy: JointPolicy, state s: Int, rng: RandomSource) -> Int {
        let nA = game.jointActionCount
        return sample(policy.table[(s * nA)..<((s + 1) * nA)], rng: rng)
    }

    /// Σ_{t<H} γ^t r_i(s_t, a_t) along one rollout that starts in s with joint action `a` and then
    /// follows `policy`: an unbiased estimate of Q_i^π(s,a) up to the truncation bias
    /// |E − Q| ≤ γ^H·max|r|/(1−γ).
    public func discountedReturn(agent i: Int, from s: Int, action a: Int, policy: JointPolicy, horizon: Int, rng: RandomSource) -> Double {
        var state = s, action = a, discount = 1.0, total = 0.0
        for t in 0..<horizon {
            if t > 0 { action = jointAction(policy, state: state, rng: rng) }
            total += discount * game.reward(agent: i, state, action)
            discount *= game.gamma
            if t + 1 < horizon { state = nextState(state, action, rng: rng) }
        }
        return total
    }

    /// An index drawn with probabilities `row` (a distribution).
    func sample(_ row: ArraySlice<Double>, rng: RandomSource) -> Int {
        let u = rng.uniform()
        var acc = 0.0
        for (offset, p) in row.enumerated() {
            acc += p
            if u < acc { return offset }
        }
        return row.indices.last(where: { row[$0] > 0 }).map { $0 - row.startIndex } ?? row.count - 1
    }
}
