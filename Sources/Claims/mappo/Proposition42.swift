import Foundation
import GSLKit
import Learners

/// The objective F(π^m) of mappo's KL-regularized update (3) for one agent m:
/// F(π^m) = E_{(s,a^{1:m−1})~σ_k}[⟨Â^{1:m}(s,a^{1:m−1},·), π^m(·|s,a^{1:m−1})⟩ − β_k KL(π^m(·|s,a^{1:m−1}) ‖ π_{θ_k}^m(·|s,a^{1:m−1}))],
/// with Â^{1:m} = Q̂^{1:m} − Σ_{a^m} π_{θ_k}^m Q̂^{1:m} (the estimated agent-m advantage; any estimate that
/// differs from Q̂ by a function of (s,a^{1:m−1}) has the same maximiser).
struct RegularizedUpdateObjective {
    let rowWeights: [Double]
    let advantage: [Double]
    let current: [Double]
    let beta: Double
    let width: Int

    init(agent: ImprovementStep.Agent, rowWeights: [Double]) {
        let k = agent.width
        self.rowWeights = rowWeights
        current = agent.current
        beta = agent.beta
        width = k
        advantage = agent.qHat.indices.map { j in
            let row = j / k
            var baseline = 0.0
            for a in 0..<k { baseline += agent.current[row * k + a] * agent.qHat[row * k + a] }
            return agent.qHat[j] - baseline
        }
    }

    /// F(π^m) for a table π^m flat [s][b_{m−1}][a].
    func value(_ table: [Double]) throws -> Double {
        var f = 0.0
        for (row, w) in rowWeights.enumerated() where w > 0 {
            let range = (row * width)..<((row + 1) * width)
            var linear = 0.0
            for j in range { linear += advantage[j] * table[j] }
            f += w * (linear - beta * (try RowDivergence.kl(table[range], current[range])))
        }
        return f
    }

    /// The closed-form solution of Prop. 4.2 from the scores: π̂ ∝ exp(β⁻¹Q̂ + ϕᵀθ_k).
    static func solution(qHat: [Double], scores: [Double], beta: Double, width: Int) -> [Double] {
        PolicyRows.softmax(qHat.indices.map { qHat[$0] / beta + scores[$0] }, width: width)
    }
}

extension MAPPOClaims {
    /// mappo, Prop. 4.2, as printed: the KL-regularized update (3) has the explicit solution
    /// π̂_{k+1}^m ∝ exp{β_k⁻¹Q̂^{1:m} + ϕᵀθ_k^m}. Checked by F(π̂) ≥ F(π) for candidates π: the current
    /// policy, π*, four Dirichlet tables and four perturbations (1−t)π̂ + tπ with t = 10⁻³.
    static let proposition42 = Claim(
        id: "mappo.prop4.2", paper: .mappo, source: "Proposition 4.2 (Sec. 4.1), update (3)",
        statement: "Given an estimator Q̂_{π_{θ_k}}^{1:m}, the KL divergence-regularized update (3), π̂_{k+1}^m ← argmax_{π^m} F(π^m) with F(π^m) = E_{σ_k}[⟨Â_{π_{θ_k}}^{1:m}(s,a^{1:m−1},·), π^m(·|s,a^{1:m−1})⟩ − β_k KL(π^m(·|s,a^{1:m−1}) ‖ π_{θ_k^m}(·|s,a^{1:m−1}))], has explicit solution π̂_{k+1}^m(·|s,a^{1:m−1}) ∝ exp{β_k⁻¹Q̂_{π_{θ_k}}^{1:m}(s,a^{1:m−1},·) + ϕᵀ(s,a^{1:m−1},·)θ_k^m}.",
        hypotheses: "One Alg. 1 step (OneStepSetup): log-linear π_{θ_k}, noisy bounded Q̂, β_k; the expectation over (s,a^{1:m−1}) ~ σ_k^{1:m−1}; Â^{1:m} = Q̂^{1:m} − Σ_a π_{θ_k}^m Q̂^{1:m}; every agent m.",
        kind: .lowerBound,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            let rng = RandomSource(seed: x.seed).child("candidates")
            var ms: [Measurement] = [], qs: [NamedValue] = []
            for agent in setup.step.agents {
                let f = RegularizedUpdateObjective(agent: agent, rowWeights: setup.state.law.prefixes[agent.m - 1])
                let k = agent.width, rows = agent.sigmaStarRows.count
                let best = RegularizedUpdateObjective.solution(qHat: agent.qHat, scores: setup.features.scores(agent: agent.m, setup.thetaK[agent.m - 1]),
                                                               beta: setup.beta, width: k)
                let fBest = try f.value(best)
                var candidates: [(String, [Double])] = [("π_θk", agent.current), ("π*", agent.optimal)]
                for c in 0..<4 {
                    let random = (0..<rows).flatMap { _ in rng.dirichlet(dimension: k) }
                    candidates.append(("Dirichlet \(c)", random))
                    candidates.append(("perturbation \(c)", zip(best, random).map { 0.999 * $0 + 0.001 * $1 }))
                }
                for (name, table) in candidates {
                    let value = try f.value(table)
                    let scale = max(abs(value), abs(fBest), Vector.infinityNorm(f.advantage), 1e-300)
                    ms.append(Measurement("m=\(agent.m) vs \(name)", lhs: fBest, .greaterOrEqual, rhs: value,
                                          tolerance: .roundoff(scale: scale, operations: 8 * rows * k, what: "F as a σ-weighted sum")))
                }
                var closedForm = 0.0
                for (row, w) in f.rowWeights.enumerated() where w > 0 {
                    let range = (row * k)..<((row + 1) * k)
                    let qh = Array(agent.qHat[range]), adv = Array(f.advantage[range]), p = Array(agent.current[range])
                    closedForm += w * (setup.beta * Special.logSumExp(qh.indices.map { log(p[$0]) + qh[$0] / setup.beta }) - (qh[0] - adv[0]))
                }
                qs += [NamedValue("F(π̂) m=\(agent.m)", fBest), NamedValue("β log Σ π_k e^{Q̂/β} − baseline, m=\(agent.m)", closedForm)]
            }
            return Evaluation(measurements: ms, quantities: qs + [NamedValue("β_k", setup.beta)])
        })
}
