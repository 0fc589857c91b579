import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 4.5 proof, "(ii)": Hölder, Lemma B.4, ‖π − π'‖₁ ≤ 2 and −½x² + yx ≤ ½y² give
    /// −E_{σ*}[½‖π_{θ_{k+1}} − π_{θ_k}‖₁² + ⟨(θ_{k+1} − θ_k)ᵀϕ, π_{θ_k} − π_{θ_{k+1}}⟩] ≤ δ_k^m + B²/(2β_k²), per (k, m).
    static let theorem45Step4 = Claim(
        id: "mappo.thm4.5/step4", paper: .mappo, source: "Theorem 4.5 proof (App. B), term (ii)",
        statement: "−E_{σ*}[½‖π_{θ_{k+1}}^m − π_{θ_k}^m‖₁² + ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ, π_{θ_k}^m − π_{θ_{k+1}}^m⟩] ≤ δ_k^m + B²/(2β_k²) (using Hölder, Lemma B.4 and ‖π_{θ_k}^m − π_{θ_{k+1}}^m‖₁ ≤ 2).",
        hypotheses: stepHypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, _) = try stepRun(x)
            var ms: [Measurement] = []
            for (k, step) in run.steps.enumerated() {
                for agent in step.agents {
                    let t = try DescentInequality(agent)
                    ms.append(Measurement("k=\(k) m=\(agent.m)", lhs: t.termTwo, .lessOrEqual,
                                          rhs: t.smallDelta + run.bound * run.bound / (2 * step.beta * step.beta),
                                          tolerance: StepTolerance.weighted(step, agent, scale: t.scale, count: agent.q.count, what: "term (ii)")))
                }
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("B", run.bound), NamedValue("β_k", run.steps[0].beta)])
        })
}
