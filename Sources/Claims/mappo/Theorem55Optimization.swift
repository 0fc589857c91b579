import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 5.5, the optimisation term alone: with population data (n = ∞, so the statistical
    /// term vanishes and f_k = Q_{π_k}) the gap must decay at least like K^{−1/2}. K = 100…10⁴ at γ = 0.5
    /// (the regime where the mirror-ascent transient is over, as for mappo.thm4.5.exact.rate).
    static let theorem55Optimization = Claim(
        id: "mappo.thm5.5.optimization", paper: .mappo, source: "Theorem 5.5 (Sec. 5), first term",
        statement: theorem55Statement,
        reading: "the first term with its hidden constant: population data (n = ∞), gap decays at least like K^{−1/2}",
        hypotheses: "Section5Instances with γ = 0.5; population data (λ = ∞: f_k = Q_{π_k}^{1:m}); η = (1−γ)sqrt(log|A|/K); K ∈ {100, 316, 1000, 3162, 10000}.",
        kind: .rate,
        check: ClaimCheck(family: Section5Instances.family(gammas: [0.5])) { x in
            let sizes = [100, 316, 1000, 3162, 10000]
            let g = try x.requireGame()
            let optimal = try Theorem55Runs.optimalObjective(g)
            let ys = try sizes.map { k in try Theorem55Runs.run(x, iterations: k, sampleSize: nil, label: "population").run.averageGap(optimal: optimal) }
            return Evaluation(rate: RateObservation(x: sizes.map(Double.init), y: ys, claimedExponent: -0.5, kind: .atMost,
                                                    xLabel: "K", yLabel: "J(π*) − J(π̄)"),
                              quantities: [NamedValue("J(π*)", optimal)])
        }, defaultInstances: 4)
}
