import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 4.5 proof, the summed inequality.
    static let theorem45Step5 = Claim(
        id: "mappo.thm4.5/step5", paper: .mappo, source: "Theorem 4.5 proof (App. B), summed inequality",
        statement: "(1−γ) Σ_{k=0}^{K−1} β_k⁻¹(J(π*) − J(π_{θ_k})) ≤ N log|A| + Σ_{m=1}^N Σ_{k=0}^{K−1}(Δ_k^m + δ_k^m) + Σ_{k=0}^{K−1} N B²/(2β_k²).",
        hypotheses: stepHypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, ref) = try stepRun(x)
            let n = Double(ref.game.agentCount), logA = log(Double(ref.game.agents[0].actionCount))
            let lhs = run.steps.reduce(0) { $0 + (1 - ref.game.gamma) * (run.optimalObjective - $1.objective) / $1.beta }
            let rhs = n * logA + run.errorSum + run.steps.reduce(0) { $0 + n * run.bound * run.bound / (2 * $1.beta * $1.beta) }
            return Evaluation(measurements: [Measurement(lhs: lhs, .lessOrEqual, rhs: rhs,
                                                         tolerance: Theorem45Instances.objectiveTolerance(ref.game, iterations: run.steps.count, law: ref.reference.stationary))],
                              quantities: [NamedValue("ΣΣ(Δ+δ)", run.errorSum), NamedValue("N log|A|", n * logA)])
        })
}
