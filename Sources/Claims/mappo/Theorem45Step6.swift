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
            try theorem45AveragedBound(x) { n, logA, beta, _, b, errorSum in beta * beta * (n * logA + errorSum) + n * b * b / 2 }
        })
}
