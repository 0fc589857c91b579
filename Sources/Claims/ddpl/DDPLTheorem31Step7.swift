import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Theorem 3.1 proof, eq. (14), as printed, at the largest variance eq. (11) allows,
    /// σ_k² = 1/(10 + 0.128k) (p increases with σ², `ddpl.thm3.1/step6`). Every link of the chain is
    /// compared in log space (p_k ≈ e^{−0.00256k} falls below 10⁻¹⁶⁰).
    static let theorem31Step7 = Claim(
        id: "ddpl.thm3.1/step7", paper: .ddpl, source: "Theorem 3.1 proof (App. A), Step 4, eq. (14)",
        statement: "For k ≥ 150000, (σ^k)² ≤ 1/(10 + 0.128k) ≤ 1/19210 and −μ' ≤ 0.05, so p_k ≤ C'Φ(−1/(5σ')) ≤ C'Φ(−(1/5)√((1+2α(σ^k)²)/(σ^k)²)) ≤ C'Φ(−(1/5)√(0.128k + 510)) ≤ 5C' exp(−(0.00256k + 10.2))/√(2π(0.128k + 510)), using Φ(−x) ≤ exp(−x²/2)/(√(2π)x) for x > 0.",
        hypotheses: "M_sa constants; epochs k ≥ 150000 (log-uniform up to 10⁷) with σ_k² = 1/(10 + 0.128k), the largest eq. (11) allows",
        kind: .upperBound,
        check: ClaimCheck(family: InstanceFamily(
            description: "k log-uniform in [150000, 10⁷]",
            searchSpace: SearchSpace(scalars: ["epoch": .interval(150_000, 1e7)]),
            admissible: { x in (x.scalars["epoch"] ?? 0) >= 150_000 ? nil : "the step speaks of k ≥ 150000" }
        ) { rng in ClaimInstance(scalars: ["epoch": (pow(10, rng.uniform(log10(150_000), 7))).rounded()]) }) { x in
            let k = try x.scalar("epoch")
            let v = 1 / (10 + 0.128 * k)
            let (mu, sd, scale) = StartStateExample.goalProduct(variance: v)
            let logP = StartStateExample.logSuccessProbability(variance: v)
            let link1 = log(scale) + Special.logNormalCDF(-1 / (5 * sd))
            let link2 = log(scale) + Special.logNormalCDF(-0.2 * ((1 + 2 * StartStateExample.alpha * v) / v).squareRoot())
            let link3 = log(scale) + Special.logNormalCDF(-0.2 * (0.128 * k + 510).squareRoot())
            let link4 = log(5 * scale) - (0.00256 * k + 10.2) - 0.5 * log(2 * Double.pi * (0.128 * k + 510))
            let logTolerance = { (a: Double) in Tolerance.roundoff(scale: abs(a), operations: 16, what: "a log-space bound") }
            return Evaluation(
                measurements: [
                    Measurement("(σ^k)² ≤ 1/19210", lhs: v, .lessOrEqual, rhs: 1 / 19210.0, tolerance: .roundoff(scale: v, operations: 4, what: "1/(10 + 0.128k)")),
                    Measurement("−μ' ≤ 0.05", lhs: -mu, .lessOrEqual, rhs: 0.05, tolerance: .roundoff(scale: 0.05, operations: 8, what: "μ'")),
                    Measurement("ln p_k ≤ ln C'Φ(−1/(5σ'))", lhs: logP, .lessOrEqual, rhs: link1, tolerance: logTolerance(link1)),
                    Measurement("ln C'Φ(−1/(5σ')) ≤ ln C'Φ(−√((1+2ασ²)/σ²)/5)", lhs: link1, .lessOrEqual, rhs: link2, tolerance: logTolerance(link2)),
                    Measurement("ln C'Φ(−√((1+2ασ²)/σ²)/5) ≤ ln C'Φ(−√(0.128k+510)/5)", lhs: link2, .lessOrEqual, rhs: link3, tolerance: logTolerance(link3)),
                    Measurement("ln C'Φ(−√(0.128k+510)/5) ≤ ln 5C'e^{−(0.00256k+10.2)}/√(2π(0.128k+510))", lhs: link3, .lessOrEqual, rhs: link4, tolerance: logTolerance(link4)),
                ],
                quantities: [NamedValue("k", k), NamedValue("σ_k²", v), NamedValue("μ'", mu), NamedValue("σ'", sd), NamedValue("C'", scale),
                             NamedValue("ln p_k", logP), NamedValue("ln Mills bound", link4)])
        })
}
