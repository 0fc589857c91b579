import ExactSolvers
import Foundation
import GSLKit
import Learners

extension MFPPOClaims {
    /// mfppo, Algorithm 1 (Sec. 3), the temperature and proximity schedule τ_0 = 1, F^A_0 = 0,
    /// τ_{k+1} = v√K/(k+1), v_k = v√K with the regression target of (3.2), run with an exact critic
    /// (Q^{π_k}, (1−γ)-scaled) and an exact actor (ε = ε' = 0). Checked at every k:
    /// (i) F^A_{k+1} = (1/(k+1)) Σ_{j≤k} Q^{π_j} (a running mean), (ii) π_k ∝ exp(Σ_{j<k} Q^{π_j}/(v√K)),
    /// (iii) π_{k+1} ∝ π_k exp(Q^{π_k}/v_k), the closed form of Prop. 3.2 — the update Alg. 1 claims
    /// to implement. The run uses the printed bookkeeping; the three forms are computed independently.
    static let algorithm1Schedule = Claim(
        id: "mfppo.alg1.schedule", paper: .mfppo, source: "Algorithm 1 (Sec. 3) with (3.2) and Proposition 3.2",
        statement: "Initialize: τ_0 ← 1, F^{A,0}_{α_0} ← 0, π_0 ∝ exp{τ_0^{-1} F^{A,0}_{α_0}} (uniform policy). For k = 0, …, K − 1: set temperature parameter τ_{k+1} ← v√K/(k+1), and proximity parameter v_k ← v√K; update the critic F^Q_{θ_k} (3.1); update the actor F^A_{α_{k+1}} by (3.2); update policy π_{k+1} ∝ exp{τ_{k+1}^{-1} F^A_{α_{k+1}}}.",
        reading: "exact critic and actor (ε_k = ε'_{k+1} = 0): the schedule makes F^A_k the running mean of Q^{π_0..π_{k−1}} and π_{k+1} the mirror-descent step π_k exp(Q^{π_k}/(v√K)).",
        hypotheses: "Mean-field MDPs (test bed G2: N ∈ {3, …, 6}, 2 local states, 2 local actions, |Ā| = 4, γ ∈ [0.3, 0.9]); v log-uniform in [0.05, 5], K ∈ {1, …, 64}; Q in the (1−γ)-scaled convention.",
        kind: .identity,
        check: ClaimCheck(family: MeanFieldInstances.family("mean-field MDPs with v and K", searchScalars: ["v": .positive], extra: { rng, x in
            x.scalars["v"] = exp(rng.uniform(log(0.05), log(5)))
            x.integers["K"] = rng.integer(in: 1...64)
        })) { x in
            let model = try MeanFieldInstances.model(x)
            let v = try x.scalar("v"), K = try x.integer("K")
            guard v > 0, K >= 1 else { throw ClaimError.outsideHypotheses("v > 0 and K ≥ 1") }
            let run = try TabularMFPPO(mdp: model.mdp, v: v, iterations: K)
            let nA = model.actionCount, vk = run.proximity
            var sum = [Double](repeating: 0, count: run.critics[0].count)
            var meanGap = 0.0, policyGap = 0.0, stepGap = 0.0, logitScale = 0.0
            for k in 0..<K {
                let closedForm = ExponentialWeights.reweightRows(run.policies[k], by: run.critics[k], scale: 1 / vk, width: nA)
                stepGap = max(stepGap, Vector.infinityNorm(Vector.difference(run.policies[k + 1], closedForm)))
                let direct = PolicyRows.softmax(sum.map { $0 / vk }, width: nA)
                policyGap = max(policyGap, Vector.infinityNorm(Vector.difference(run.policies[k], direct)))
                for i in sum.indices { sum[i] += run.critics[k][i] }
                let mean = sum.map { $0 / Double(k + 1) }
                meanGap = max(meanGap, Vector.infinityNorm(Vector.difference(run.energies[k + 1], mean)))
                logitScale = max(logitScale, Vector.infinityNorm(sum) / vk)
            }
            let qScale = run.critics.map(Vector.infinityNorm).max()!
            return Evaluation(
                measurements: [
                    Measurement("max_k ‖F^A_{k+1} − (1/(k+1)) Σ_{j≤k} Q^{π_j}‖∞", lhs: meanGap, .equal, rhs: 0,
                                tolerance: .roundoff(scale: qScale, operations: 8 * K, what: "\(K) updates of the energy")),
                    Measurement("max_k ‖π_k − softmax(Σ_{j<k} Q^{π_j}/(v√K))‖∞", lhs: policyGap, .equal, rhs: 0,
                                tolerance: .roundoff(scale: max(logitScale, 1), operations: 8 * K + 16, what: "softmax of logits up to \(shortNumber(logitScale))")),
                    Measurement("max_k ‖π_{k+1} − π_k e^{Q^{π_k}/v_k}/Z‖∞", lhs: stepGap, .equal, rhs: 0,
                                tolerance: .roundoff(scale: max(logitScale, 1), operations: 8 * K + 16, what: "softmax of logits up to \(shortNumber(logitScale))")),
                ],
                quantities: [NamedValue("K", Double(K)), NamedValue("v", v), NamedValue("v_k = v√K", vk), NamedValue("τ_K", run.temperatures[K]),
                             NamedValue("|X|", Double(model.stateCount)), NamedValue("|Ā|", Double(nA))])
        })
}
