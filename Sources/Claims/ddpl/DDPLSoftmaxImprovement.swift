import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// The improvement of one exact softmax update π̃^k of π^{k−1} (ddpl App. C, eq. 76 = Lemmas 20–21 of
/// Zhang et al. 2022):
///
///     J(π̃^k) − J(π^{k−1}) ≥ (1/η) Σ_i Σ_s d^{π̃^k}(s) log Σ_{a_i} π_i^{k−1}(a_i|s) exp(λ Ā_i^{π^{k−1}}(s,a_i))
///                        ≥ (cη/(3M)) NE-gap(π^{k−1})².
struct SoftmaxImprovement {
    /// J(π̃^k) − J(π^{k−1}).
    let gain: Double
    /// The middle expression of eq. (76).
    let logPartitionSum: Double
    /// Each log Σ_{a_i} π_i exp(λĀ_i) (≥ 0 by Jensen, since Σ_{a_i} π_i Ā_i = 0), flat [i][s].
    let logPartitions: [Double]
    /// Round-off bound of `gain` (two exact solves).
    let gainError: Double
    /// Round-off bound of `logPartitionSum` (Ā from one solve per agent, d from one solve).
    let partitionError: Double

    /// From the epoch holding π^{k−1} (its views and exact update π̃^k).
    init(game: Game, epoch: DecSPGTrajectory.Epoch, eta: Double) throws {
        let lambda = eta / (1 - game.gamma)
        let target = epoch.exactUpdate
        let evaluation = try game.evaluate(.product(target))
        let occupancy = try FiniteMDP(game: game).discountedStateOccupancy(policy: target.joint(in: game).table)
        var logs: [Double] = [], sum = 0.0, error = 0.0
        for i in 0..<game.agentCount {
            let k = game.agents[i].actionCount, advantage = epoch.views[i].agent.averagedAdvantage, p = epoch.policy.tables[i]
            for s in 0..<game.stateCount {
                // log(1 + Σ π (e^{λĀ} − 1)) keeps its relative accuracy when λĀ is tiny (as it is at the
                // theorem's step size), where a log-sum-exp would lose it to cancellation.
                var inner = 0.0
                for a in 0..<k { inner += p[s * k + a] * Special.expm1(lambda * advantage[s * k + a]) }
                let term = Special.log1p(inner)
                logs.append(term)
                sum += occupancy[s] * term
            }
            // log Σ π e^{λĀ} moves by at most λ·δĀ when Ā moves by δĀ ≤ 2·(forward error of Q̄).
            error += lambda * 2 * epoch.views[i].tolerance
        }
        let relativeOccupancy = DiscountedTolerance.forwardError(size: game.stateCount, gamma: game.gamma, scale: 1)
        gain = evaluation.objective(initial: game.initial) - epoch.objective
        logPartitions = logs
        logPartitionSum = sum / eta
        gainError = evaluation.forwardErrorBound + epoch.objectiveError
        partitionError = (error + relativeOccupancy * (logs.max() ?? 0) * Double(game.agentCount)) / eta
            + 4 * Double(logs.count) * Double.ulpOfOne * abs(sum / eta)
    }
}
