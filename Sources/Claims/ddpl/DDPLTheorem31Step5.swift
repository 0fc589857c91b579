import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Theorem 3.1 proof, eq. (11), as printed: 1/(σ^k)² ≥ 1/(σ^{k−1})² + 0.128 ≥ … ≥ 1/(σ^0)² + 0.128k.
    /// Measured along the run from σ_0² = 0.1 with the stationary-point update (`ddpl.thm3.1`), every k.
    static let theorem31Step5 = Claim(
        id: "ddpl.thm3.1/step5", paper: .ddpl, source: "Theorem 3.1 proof (App. A), eq. (11)",
        statement: "1/(σ^k)² ≥ 1/(σ^{k−1})² + 0.128 ≥ ⋯ ≥ 1/(σ^0)² + 0.128k.",
        hypotheses: "M_sa, λ = 0.01, σ_0² = 0.1, stationary-point update, every epoch until p_k < 10⁻²⁰",
        kind: .lowerBound,
        check: ClaimCheck(family: .fixed("the paper's run from N(0, 0.1)", ClaimInstance())) { _ in
            let run = try GaussianProjectedRun(.stationaryPoint)
            let ks = run.variances.indices.map(Double.init)
            let measurements = run.variances.indices.map { k in
                Measurement("k=\(k)", lhs: 1 / run.variances[k], .greaterOrEqual, rhs: 1 / run.variances[0] + 0.128 * Double(k),
                            tolerance: .roundoff(scale: 1 / run.variances[k], operations: 4 * (k + 1), what: "k increments of 1/σ²"))
            }
            return Evaluation(
                measurements: measurements,
                quantities: [NamedValue("K", Double(run.variances.count - 1)), NamedValue("1/σ_K²", 1 / run.variances.last!),
                             NamedValue("10 + 0.128K", 10 + 0.128 * Double(run.variances.count - 1))],
                series: [PlotSeries(name: "1/σ_k²", x: ks, y: run.variances.map { 1 / $0 }, xLabel: "epoch k", yLabel: "precision"),
                         PlotSeries(name: "10 + 0.128k", x: ks, y: ks.map { 10 + 0.128 * $0 }, xLabel: "epoch k", yLabel: "precision")])
        },
        defaultInstances: 1)
}
