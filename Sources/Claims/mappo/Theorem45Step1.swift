import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 4.5 proof, inequality (14), per (k, m): Lemma B.6 averaged over σ* with Lemma B.5.
    static let theorem45Step1 = Claim(
        id: "mappo.thm4.5/step1", paper: .mappo, source: "Theorem 4.5 proof (App. B), eq. (14)",
        statement: "β_k⁻¹E_{σ*}⟨A_{π_{θ_k}}^{1:m}(s,a^{1:m−1},·), π*^m − π_{θ_k}^m⟩ ≤ E_{σ*}[KL(π*^m‖π_{θ_k}^m) − KL(π*^m‖π_{θ_{k+1}}^m)] + Δ_k^m − E_{σ*}[½‖π_{θ_{k+1}}^m − π_{θ_k}^m‖₁² + ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ, π_{θ_k}^m − π_{θ_{k+1}}^m⟩].",
        hypotheses: stepHypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, ref) = try stepRun(x)
            var ms: [Measurement] = []
            for (k, step) in run.steps.enumerated() {
                for agent in step.agents {
                    let t = try DescentInequality(agent)
                    ms.append(Measurement("k=\(k) m=\(agent.m)", lhs: t.scaledAdvantage, .lessOrEqual, rhs: t.bound,
                                          tolerance: StepTolerance.weighted(step, agent, scale: t.scale, count: agent.q.count, what: "the σ*-averages of (14)")))
                }
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("β_k", run.steps[0].beta), NamedValue("J(π*)", ref.reference.optimalObjective)])
        })
}
