import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 4.5 proof, "LHS: this equals (1−γ)Σ_k β_k⁻¹(J(π*) − J(π_{θ_k})) by Lemma 4.1", per k.
    static let theorem45Step2 = Claim(
        id: "mappo.thm4.5/step2", paper: .mappo, source: "Theorem 4.5 proof (App. B), summed left side via Lemma 4.1",
        statement: "Σ_{m=1}^N β_k⁻¹E_{σ*}⟨A_{π_{θ_k}}^{1:m}(s,a^{1:m−1},·), π*^m − π_{θ_k}^m⟩ = (1−γ)β_k⁻¹(J(π*) − J(π_{θ_k})).",
        hypotheses: stepHypotheses,
        kind: .identity,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, ref) = try stepRun(x)
            return Evaluation(measurements: try run.steps.enumerated().map { k, step in
                let lhs = try step.agents.reduce(0) { $0 + (try DescentInequality($1)).scaledAdvantage }
                let rhs = (1 - ref.game.gamma) * (run.optimalObjective - step.objective) / step.beta
                return Measurement("k=\(k)", lhs: lhs, .equal, rhs: rhs,
                                   tolerance: PolicyInstances.tolerance(ref.game, scale: run.bound / step.beta, solves: 3,
                                                                        stationary: ref.reference.stationary, what: "Q^{1:m}, V_π*, V_{π_k}"))
            })
        })
}
