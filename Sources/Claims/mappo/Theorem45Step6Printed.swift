import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 4.5 proof, the averaged bound as printed: (Nβ log|A| + NB²/2 + β²ΣΣ(Δ+δ))/((1−γ)β√K).
    static let theorem45Step6Printed = Claim(
        id: "mappo.thm4.5/step6.printed", paper: .mappo, source: "Theorem 4.5 proof (App. B), β_k = β√K, as printed",
        statement: "Setting the penalty parameter β_k = β√K and noting that π̄ is uniformly sampled from π_{θ_k}, k = 1,2,…,K−1, we have J(π*) − J(π̄) ≤ (Nβ log|A| + NB²/2 + β² Σ_{m=1}^N Σ_{k=0}^{K−1}(Δ_k^m + δ_k^m))/((1−γ)β√K).",
        reading: "as printed: Nβ log|A| (the summed inequality gives β² N log|A|)",
        hypotheses: stepHypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            try theorem45AveragedBound(x) { n, logA, beta, _, b, errorSum in n * beta * logA + n * b * b / 2 + beta * beta * errorSum }
        })
}
