import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 4.5 proof, the averaged bound with β_k = β√K, as it follows from the summed
    /// inequality: (1/K)Σ_k[J(π*) − J(π_{θ_k})] ≤ [β(N log|A| + ΣΣ(Δ+δ)) + NB²/(2β)]/((1−γ)√K).
    static let theorem45Step6 = Claim(
        id: "mappo.thm4.5/step6", paper: .mappo, source: "Theorem 4.5 proof (App. B), β_k = β√K, as derived",
        statement: "Setting β_k = β√K and noting that π̄ is uniformly sampled from π_{θ_k}: J(π*) − J(π̄) ≤ [β²(N log|A| + ΣΣ(Δ_k^m + δ_k^m)) + NB²/2]/((1−γ)β√K).",
        reading: "the form the summed inequality gives (β² multiplies N log|A|); the printed intermediate is mappo.thm4.5/step6.printed",
        hypotheses: stepHypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, ref) = try stepRun(x)
            let n = Double(ref.game.agentCount), logA = log(Double(ref.game.agents[0].actionCount))
            let beta = run.settings.beta, k = Double(run.settings.iterations), b = run.bound
            let rhs = (beta * beta * (n * logA + run.errorSum) + n * b * b / 2) / ((1 - ref.game.gamma) * beta * k.squareRoot())
            return Evaluation(measurements: [Measurement(lhs: run.averageGap, .lessOrEqual, rhs: rhs,
                                                         tolerance: Theorem45Instances.objectiveTolerance(ref.game, iterations: run.steps.count, law: ref.reference.stationary),
                                                         trivialBound: b)],
                              quantities: [NamedValue("β", beta), NamedValue("ΣΣ(Δ+δ)", run.errorSum)])
        })
}
