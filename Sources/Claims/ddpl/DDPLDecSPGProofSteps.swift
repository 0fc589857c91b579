import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// The measurements of the proof steps of Theorems C.1 and C.2 (ddpl App. C, eqs. 76–79) along a
/// DecSPG run, exact or perturbed. Each is shared by the C.1 step (exact updates) and the C.2 step
/// (perturbed updates) that check the same equation.
extension DDPLClaims {
    /// A run of the instance's class with its constants.
    struct ProofRun {
        let game: Game
        let run: DecSPGTrajectory
        let m: Double
        let rangeWidth: Double
        /// c = min over the computed epochs of min_i c_{π^k,i}.
        let c: Double

        init(_ x: ClaimInstance) throws {
            game = try x.requireGame()
            run = try DecSPGTrajectory(game: game, initial: try x.productPolicy("pi0"), eta: ExactDecSPG.theoremStepSize(game),
                                       epochs: try x.integer("epochs"), perturbation: try perturbation(of: x))
            m = try VisitationConstant.exact(game)
            let (rMin, rMax) = game.rewards.range
            rangeWidth = rMax - rMin
            c = run.argmaxConstant(upTo: run.epochs.count)
        }

        /// 2n(r_max − r_min)ε_is/(1−γ)², the perturbation term of eqs. (75), (77).
        var perturbationTerm: Double {
            2 * Double(game.agentCount) * rangeWidth * run.updateError / pow(1 - game.gamma, 2)
        }

        var constants: [NamedValue] {
            [NamedValue("η", run.eta), NamedValue("M (exact)", m), NamedValue("c (min over the run)", c),
             NamedValue("ε_is (measured)", run.updateError), NamedValue("r_max − r_min", rangeWidth),
             NamedValue("n", Double(game.agentCount)), NamedValue("γ", game.gamma)]
        }
    }

    /// Eq. (76), Lemma 20: J(π̃^{k+1}) − J(π^k) ≥ (1/η)ΣΣ d^{π̃^{k+1}} log Σ π^k e^{λĀ^{π^k}}, and each log ≥ 0.
    static func lemma20Evaluation(_ x: ClaimInstance) throws -> Evaluation {
        let p = try ProofRun(x)
        var measurements: [Measurement] = [], smallestLog = Double.infinity, ratios: [Double] = []
        for (k, epoch) in p.run.epochs.enumerated() {
            let step = try SoftmaxImprovement(game: p.game, epoch: epoch, eta: p.run.eta)
            measurements.append(Measurement("k=\(k): J(π̃^{k+1}) − J(π^k) ≥ (1/η)Σ d log Z", lhs: step.gain, .greaterOrEqual, rhs: step.logPartitionSum,
                                            tolerance: Tolerance(step.gainError + step.partitionError, "two exact solves for J; Ā and d from exact solves")))
            let least = step.logPartitions.min()!
            smallestLog = min(smallestLog, least)
            measurements.append(Measurement("k=\(k): min_{i,s} log Σ π e^{λĀ} ≥ 0", lhs: least, .greaterOrEqual, rhs: 0,
                                            tolerance: Tolerance(step.partitionError * p.run.eta, "Ā from exact solves")))
            if step.logPartitionSum > 0 { ratios.append(step.gain / step.logPartitionSum) }
        }
        return Evaluation(measurements: measurements,
                          quantities: p.constants + [NamedValue("min log term", smallestLog), NamedValue("min gain/(middle term)", ratios.min() ?? .nan)],
                          notes: ["updates: \(p.run.perturbation.label)"])
    }

    /// Eq. (76), Lemma 21: (1/η)ΣΣ d^{π̃^{k+1}} log Σ π^k e^{λĀ} ≥ (cη/(3M)) NE-gap(π^k)².
    static func lemma21Evaluation(_ x: ClaimInstance) throws -> Evaluation {
        let p = try ProofRun(x)
        var measurements: [Measurement] = [], ratios: [Double] = []
        for (k, epoch) in p.run.epochs.enumerated() {
            let step = try SoftmaxImprovement(game: p.game, epoch: epoch, eta: p.run.eta)
            let gap = epoch.nashGap.value
            let rhs = p.c * p.run.eta / (3 * p.m) * gap * gap
            measurements.append(Measurement("k=\(k)", lhs: step.logPartitionSum, .greaterOrEqual, rhs: rhs,
                                            tolerance: Tolerance(step.partitionError + p.c * p.run.eta / (3 * p.m) * 2 * gap * epoch.nashGap.errorBound,
                                                                 "Ā, d and the NE-gap from exact solves")))
            if rhs > 0 { ratios.append(step.logPartitionSum / rhs) }
        }
        return Evaluation(measurements: measurements,
                          quantities: p.constants + [NamedValue("min (middle term)/(cη NE-gap²/(3M))", ratios.min() ?? .nan)],
                          notes: ["updates: \(p.run.perturbation.label)", "c is the minimum over the computed epochs of the run"])
    }

    /// Eq. (77): J(π^{k+1}) − J(π^k) ≥ (cη/(3M)) NE-gap(π^k)² − 2n(r_max − r_min)ε_is/(1−γ)².
    static func improvementEvaluation(_ x: ClaimInstance) throws -> Evaluation {
        let p = try ProofRun(x)
        var measurements: [Measurement] = []
        let epochs = p.run.epochs
        for k in 0..<(epochs.count - 1) {
            let gap = epochs[k].nashGap.value
            let rhs = p.c * p.run.eta / (3 * p.m) * gap * gap - p.perturbationTerm
            measurements.append(Measurement("k=\(k)", lhs: epochs[k + 1].objective - epochs[k].objective, .greaterOrEqual, rhs: rhs,
                                            tolerance: Tolerance(epochs[k + 1].objectiveError + epochs[k].objectiveError
                                                                 + p.c * p.run.eta / (3 * p.m) * 2 * gap * epochs[k].nashGap.errorBound,
                                                                 "J and the NE-gap from exact solves")))
        }
        return Evaluation(measurements: measurements,
                          quantities: p.constants + [NamedValue("2n(Δr)ε_is/(1−γ)²", p.perturbationTerm)],
                          notes: ["updates: \(p.run.perturbation.label)"])
    }

    /// Eq. (78) and the range step before (79), at every K:
    /// J(π^K) − J(π^0) ≥ (cη/(3M)) Σ_{k<K} NE-gap(π^k)² − 2nK(r_max − r_min)ε_is/(1−γ)², and J(π^K) − J(π^0) ≤ (r_max − r_min)/(1−γ).
    static func telescopedEvaluation(_ x: ClaimInstance) throws -> Evaluation {
        let p = try ProofRun(x)
        var measurements: [Measurement] = [], sum = 0.0, sumError = 0.0
        let epochs = p.run.epochs
        for kk in 1..<epochs.count {
            let gap = epochs[kk - 1].nashGap.value
            sum += gap * gap
            sumError += 2 * gap * epochs[kk - 1].nashGap.errorBound
            let gain = epochs[kk].objective - epochs[0].objective
            let jError = epochs[kk].objectiveError + epochs[0].objectiveError
            let rhs = p.c * p.run.eta / (3 * p.m) * sum - Double(kk) * p.perturbationTerm
            measurements.append(Measurement("K=\(kk): (78)", lhs: gain, .greaterOrEqual, rhs: rhs,
                                            tolerance: Tolerance(jError + p.c * p.run.eta / (3 * p.m) * sumError, "J and the NE-gaps from exact solves")))
            measurements.append(Measurement("K=\(kk): J(π^K) − J(π^0) ≤ Δr/(1−γ)", lhs: gain, .lessOrEqual, rhs: p.rangeWidth / (1 - p.game.gamma),
                                            tolerance: Tolerance(jError, "J from exact solves")))
        }
        return Evaluation(measurements: measurements, quantities: p.constants, notes: ["updates: \(p.run.perturbation.label)"])
    }
}
