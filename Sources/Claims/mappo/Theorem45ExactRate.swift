import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Thm. 4.5 and the sentence after it: "the dependency on iteration K is O(K^{−1/2})".
    /// Exact case; the average gap at K = 316…31623 (one run each), fitted slope against −1/2.
    /// The asymptotic regime: with step 1/β_k = 1/(β√K) the mirror-ascent gap behaves like
    /// 1/((1−γ)²·k/β_k) only once √K ≫ β/(1−γ)²; at γ = 0.5 (β/(1−γ)² ≈ 7) these K are past that, at
    /// γ = 0.9 (≈ 700) one would need K ≫ 4·10⁵, so the rate check uses γ = 0.5 games. A log-like
    /// transient remains (the last iterate decays like 1/(ηk) until the action gap takes over), so
    /// the fitted slope can sit above −1/2 while the explicit bound (mappo.thm4.5.exact) holds.
    static let theorem45ExactRate = Claim(
        id: "mappo.thm4.5.exact.rate", paper: .mappo, source: "Theorem 4.5 (Sec. 4.2), exact case, rate in K",
        statement: theorem45Statement,
        reading: "ideal updates, hidden constant: the average gap decays at least like K^{−1/2}",
        hypotheses: "Random cooperative games with γ = 0.5 (|S| ≤ 4, N ≤ 3, |A| ≤ 3), exact tabular Algorithm 1, β = B/sqrt(2 log|A|); K ∈ {316, 1000, 3162, 10000, 31623} (2 decades, √K ≫ β/(1−γ)² ≈ 7).",
        kind: .rate,
        check: ClaimCheck(family: Theorem45Instances.exactRate) { x in
            let g = try x.requireGame()
            let reference = try OptimalReference(game: g)
            let logA = log(Double(g.agents[0].actionCount)), b = 1 / (1 - g.gamma)
            let beta = b / (2 * logA).squareRoot()
            let sizes = [316, 1000, 3162, 10000, 31623]
            let gaps = try sizes.map { k in
                try ExactAlgorithm1.objectives(game: g, reference: reference, iterations: k, beta: beta).reduce(0) { $0 + reference.optimalObjective - $1 } / Double(k)
            }
            return Evaluation(rate: RateObservation(x: sizes.map(Double.init), y: gaps, claimedExponent: -0.5, kind: .atMost,
                                                    xLabel: "K", yLabel: "J(π*) − J(π̄)"),
                              quantities: [NamedValue("β", beta), NamedValue("B", b), NamedValue("β/(1−γ)²", beta / ((1 - g.gamma) * (1 - g.gamma)))])
        }, defaultInstances: 6)
}
