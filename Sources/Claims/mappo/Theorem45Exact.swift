import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Thm. 4.5, exact case, with the constant of its proof: with ideal updates (one-hot
    /// features, exact Q, no projection: ε = ε' = Δ = δ = 0) β = B/sqrt(2 log|A|) and the proof's
    /// bound [β N log|A| + N B²/(2β)]/((1−γ)√K) = √2 B N sqrt(log|A|)/((1−γ)√K). One run per K (β_k = β√K
    /// depends on K); left side (1/K)Σ_k [J(π*) − J(π_k)], the expected gap of the uniformly drawn π̄.
    static let theorem45Exact = Claim(
        id: "mappo.thm4.5.exact", paper: .mappo, source: "Theorem 4.5 (Sec. 4.2), exact case; bound from its proof (App. B)",
        statement: theorem45Statement,
        reading: "ideal updates (Δ = δ = 0), the O(·) with the proof's constant: √2 B N sqrt(log|A|)/((1−γ)√K); B = 1/(1−γ)",
        hypotheses: "Theorem45Instances.exact; θ_0 = 0 (uniform π_0), one-hot features, exact Q (ε' = 0), exact ideal update (ε = 0); π* optimal deterministic, J = E_{ν*}V; K ∈ {10, 30, 100, 300, 1000}.",
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.exact) { x in
            let g = try x.requireGame()
            let reference = try OptimalReference(game: g)
            let n = Double(g.agentCount), logA = log(Double(g.agents[0].actionCount)), b = 1 / (1 - g.gamma)
            let beta = b / (2 * logA).squareRoot()
            var ms: [Measurement] = [], gaps: [Double] = [], bounds: [Double] = []
            for k in exactSizes {
                let js = try ExactAlgorithm1.objectives(game: g, reference: reference, iterations: k, beta: beta)
                let gap = js.reduce(0) { $0 + reference.optimalObjective - $1 } / Double(k)
                let bound = (beta * n * logA + n * b * b / (2 * beta)) / ((1 - g.gamma) * Double(k).squareRoot())
                gaps.append(gap)
                bounds.append(bound)
                ms.append(Measurement("K=\(k)", lhs: gap, .lessOrEqual, rhs: bound,
                                      tolerance: Theorem45Instances.objectiveTolerance(g, iterations: k, law: reference.stationary),
                                      trivialBound: b))
            }
            let ks = exactSizes.map(Double.init)
            return Evaluation(measurements: ms, quantities: [NamedValue("β", beta), NamedValue("B", b), NamedValue("N", n), NamedValue("log|A|", logA)],
                              series: [PlotSeries(name: "average gap", x: ks, y: gaps, xLabel: "K", yLabel: "J(π*) − J(π̄)"),
                                       PlotSeries(name: "bound", x: ks, y: bounds, xLabel: "K", yLabel: "J(π*) − J(π̄)")])
        })
}
