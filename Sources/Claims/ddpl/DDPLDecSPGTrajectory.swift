import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// A run of Algorithm 1 with exact Q on a finite identical-interest game (ddpl App. C): exact
/// (Thm. C.1) or with each update perturbed by a controlled amount in total variation (Thm. C.2).
///
/// Epoch k holds π^k, its exact quantities, and the exact softmax update π̃^{k+1} of π^k; the next
/// iterate is π^{k+1} = perturb(π̃^{k+1}). The per-state TV between them is the ε_is of Thm. C.2,
/// measured against the exact update of the actual (perturbed) previous iterate, as in its proof.
struct DecSPGTrajectory {
    /// How a learned update deviates from the exact one.
    enum Perturbation: Equatable {
        /// π^k = π̃^k (Theorem C.1).
        case none
        /// π^k = (1−ε)π̃^k + ε·uniform.
        case mixing(Double)
        /// π^k = (1−ε)π̃^k + ε·δ_{argmin_a Q̄_i^{π^{k−1}}(s,·)}: the mass moves to the worst action.
        case adversarial(Double)

        var label: String {
            switch self {
            case .none: "exact updates"
            case .mixing(let e): "mixing with uniform, ε = \(e)"
            case .adversarial(let e): "ε = \(e) moved to argmin_a Q̄_i"
            }
        }
    }

    struct Epoch {
        let policy: ProductPolicy
        let views: [ExactDecSPG.View]
        /// J(π^k) and the round-off bound of its solve.
        let objective: Double
        let objectiveError: Double
        let nashGap: NashGap
        /// c_{π^k, i} for each agent.
        let argmaxMass: [Double]
        /// The exact update π̃^{k+1} of π^k.
        let exactUpdate: ProductPolicy
        /// max_{i,s} D_TV(π^{k+1}_i(·|s), π̃^{k+1}_i(·|s)).
        let updateError: Double
    }

    let game: Game
    let eta: Double
    let perturbation: Perturbation
    /// Epochs 0…K−1 (and the policy π^K in `finalPolicy`).
    let epochs: [Epoch]
    let finalPolicy: ProductPolicy

    /// Runs `count` epochs, or fewer when `stop` (asked every 1000 epochs with the epochs so far) says so.
    init(game: Game, initial: ProductPolicy, eta: Double, epochs count: Int, perturbation: Perturbation = .none,
         stop: (([Epoch]) -> Bool)? = nil) throws {
        self.game = game
        self.eta = eta
        self.perturbation = perturbation
        var policy = initial
        var epochs: [Epoch] = []
        epochs.reserveCapacity(count)
        for k in 0..<count {
            if let stop, k > 0, k % 1000 == 0, stop(epochs) { break }
            let views = try ExactDecSPG.views(game: game, policy: policy)
            let evaluation = try game.evaluate(.product(policy))
            let target = try DecentralizedSoftmaxStep.next(game: game, policy: policy, eta: eta)
            let next = Self.perturb(target, views: views, game: game, perturbation)
            epochs.append(Epoch(policy: policy, views: views, objective: evaluation.objective(initial: game.initial),
                                objectiveError: evaluation.forwardErrorBound, nashGap: try NashGap(game: game, policy: policy),
                                argmaxMass: ArgmaxMass.perAgent(game: game, policy: policy, views: views),
                                exactUpdate: target, updateError: Self.maximalVariation(next, target, game: game)))
            policy = next
        }
        self.epochs = epochs
        finalPolicy = policy
    }

    static func perturb(_ target: ProductPolicy, views: [ExactDecSPG.View], game: Game, _ perturbation: Perturbation) -> ProductPolicy {
        switch perturbation {
        case .none:
            return target
        case .mixing(let e):
            return ProductPolicy(tables: target.tables.enumerated().map { i, t in
                let k = Double(game.agents[i].actionCount)
                return t.map { (1 - e) * $0 + e / k }
            })
        case .adversarial(let e):
            return ProductPolicy(tables: target.tables.enumerated().map { i, t in
                let k = game.agents[i].actionCount, q = views[i].agent.averagedQ
                var out = t.map { (1 - e) * $0 }
                for s in 0..<game.stateCount {
                    let worst = (0..<k).min { q[s * k + $0] < q[s * k + $1] }!
                    out[s * k + worst] += e
                }
                return out
            })
        }
    }

    /// max_{i,s} ½‖p_i(·|s) − q_i(·|s)‖₁.
    static func maximalVariation(_ p: ProductPolicy, _ q: ProductPolicy, game: Game) -> Double {
        var worst = 0.0
        for i in 0..<game.agentCount {
            let k = game.agents[i].actionCount
            for s in 0..<game.stateCount {
                var tv = 0.0
                for a in 0..<k { tv += abs(p.tables[i][s * k + a] - q.tables[i][s * k + a]) }
                worst = max(worst, tv / 2)
            }
        }
        return worst
    }

    /// ε_is = max_k max_{i,s} D_TV(π^{k+1}, π̃^{k+1}).
    var updateError: Double { epochs.map(\.updateError).max() ?? 0 }

    /// c_K = min_{k<K} min_i c_{π^k, i} (reading: one c for all agents).
    func argmaxConstant(upTo count: Int) -> Double { epochs.prefix(count).map { $0.argmaxMass.min()! }.min()! }

    /// max_i min_{k<K} c_{π^k, i} (reading: each agent's own c, the largest of them).
    func largestAgentArgmaxConstant(upTo count: Int) -> Double {
        (0..<game.agentCount).map { i in epochs.prefix(count).map { $0.argmaxMass[i] }.min()! }.max()!
    }

    /// (1/K) Σ_{k<K} NE-gap(π^k)² for K = 1…count.
    var runningMeanSquaredGap: [Double] {
        var sum = 0.0
        return epochs.enumerated().map { k, e in
            sum += e.nashGap.value * e.nashGap.value
            return sum / Double(k + 1)
        }
    }
}
