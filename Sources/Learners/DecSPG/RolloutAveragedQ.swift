import Foundation
import GSLKit
import MarkovGames

/// Monte-Carlo estimates of agent i's averaged Q̄_i^π(s,a_i) = E_{a_{−i}~π_{−i}(·|s)} Q_i^π(s,(a_i,a_{−i}))
/// (ddpl Sec. 2.1) from simulated rollouts of the game: for every (i, s, a_i), `batch` rollouts of
/// `horizon` steps start in s with agent i playing a_i and the others drawing from π_{−i}, then
/// follow π. The mean of the truncated discounted returns is unbiased up to γ^H·max|r|/(1−γ) and
/// its standard error falls like batch^{−1/2}. Cost O(n·|S|·|A_i|·batch·horizon·(n + |S|)).
public struct RolloutAveragedQ: Sendable {
    public let batch: Int
    public let horizon: Int

    public init(batch: Int, horizon: Int) {
        precondition(batch >= 1 && horizon >= 1, "RolloutAveragedQ: batch \(batch), horizon \(horizon)")
        self.batch = batch
        self.horizon = horizon
    }

    /// The bound γ^H·max|r|/(1−γ) on the truncation bias of every estimate.
    public func truncationBias(_ game: Game) -> Double {
        pow(game.gamma, Double(horizon)) * game.maxAbsoluteReward / (1 - game.gamma)
    }

    /// Q̂_i(s,a_i) for every agent, tables [i][s·|A_i| + a_i].
    public func estimate(game: Game, policy: ProductPolicy, rng: RandomSource) -> [[Double]] {
        let simulator = GameSimulator(game: game)
        let joint = policy.joint(in: game)
        let space = game.jointActions
        return (0..<game.agentCount).map { i in
            let k = space.sizes[i]
            var table = [Double](repeating: 0, count: game.stateCount * k)
            for s in 0..<game.stateCount {
                for ai in 0..<k {
                    var sum = 0.0
                    for _ in 0..<batch {
                        let others = simulator.jointAction(policy, state: s, rng: rng)
                        let a = space.replacing(agent: i, with: ai, in: others)
                        sum += simulator.discountedReturn(agent: i, from: s, action: a, policy: joint, horizon: horizon, rng: rng)
                    }
                    table[s * k + ai] = sum / Double(batch)
                }
            }
            return table
        }
    }
}

