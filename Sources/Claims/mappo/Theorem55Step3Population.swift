import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 5.5 proof, Term I on population data (f_k = Q_{π_k}, so M_k = M and Term I is the gap).
    static let theorem55Step3Population = Claim(
        id: "mappo.thm5.5/step3.population", paper: .mappo, source: "Theorem 5.5 proof (App. C.2), Term I",
        statement: "With η = (1−γ)sqrt(log|A|/K), Lemma C.6 gives Term I ≤ 2N sqrt(2 log|A|)/((1−γ)²√K).",
        reading: "population data (n = ∞): f_k^m = Q_{π_k}^{1:m}, M_k = M, Term I = J(π*) − (1/K)Σ J(π_k); right side with (1−γ)²",
        hypotheses: "Section5Instances; population Algorithm 2; K ∈ {10, 30, 100, 300}.",
        kind: .upperBound,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let g = try x.requireGame()
            let optimal = try Theorem55Runs.optimalObjective(g)
            let n = Double(g.agentCount), logA = log(Double(g.agents[0].actionCount))
            let ms = try [10, 30, 100, 300].map { k -> Measurement in
                let gap = try Theorem55Runs.run(x, iterations: k, sampleSize: nil, label: "population").run.averageGap(optimal: optimal)
                return Measurement("K=\(k)", lhs: gap, .lessOrEqual, rhs: 2 * n * (2 * logA).squareRoot() / ((1 - g.gamma) * (1 - g.gamma) * Double(k).squareRoot()),
                                   tolerance: .discounted(g, scale: 1 / (1 - g.gamma), solves: 2, what: "V*(s₀) and V_{π_k}(s₀)"),
                                   trivialBound: 1 / (1 - g.gamma))
            }
            return Evaluation(measurements: ms)
        })
}
