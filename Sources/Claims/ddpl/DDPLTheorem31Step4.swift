import Foundation
import GSLKit

extension DDPLClaims {
    /// The policy N(0, σ_k²) of "any epoch k": σ_k² log-uniform over seven decades.
    static let previousVarianceFamily = InstanceFamily(
        description: "π^k = N(0, σ_k²), σ_k² log-uniform in [10⁻⁵, 10²]",
        searchSpace: SearchSpace(scalars: ["previousVariance": .positive]),
        admissible: { x in (x.scalars["previousVariance"] ?? 0) > 0 ? nil : "σ_k² must be positive" }
    ) { rng in ClaimInstance(scalars: ["previousVariance": pow(10, rng.uniform(-5, 2))]) }

    /// ddpl, Theorem 3.1 proof, Step 3, eqs. (9)–(10), as printed. Measured: every root of the
    /// stationarity equation (9) in (0, σ_k²] (sign scan + Brent), the increment 1/σ² − 1/σ_k² at each,
    /// the printed numeric form (10) against the symbolic (9) at each root, and sup_{x≥0} f(x)
    /// (the "3.6") by grid search and Nelder–Mead.
    static let theorem31Step4 = Claim(
        id: "ddpl.thm3.1/step4", paper: .ddpl, source: "Theorem 3.1 proof (App. A), Step 3, eqs. (9)–(10)",
        statement: "1/(2σ²) = 1/(2(σ^k)²) + (η/(1−γ))(ν − 2c_0 α(2αβ² − 1 − 2ασ²)/(1+2ασ²)^{5/2} e^{−αβ²/(1+2ασ²)}) (9); with the constants, 1/σ² = 1/(σ^k)² + 0.02(10 − 1350(124 − 500σ²)/(1+500σ²)^{5/2} · exp(−62.5/(1+500σ²))) ≥ 1/(σ^k)² + 0.02(10 − 3.6) ≥ 1/(σ^k)² + 0.128 (10), for all stationary points σ.",
        hypotheses: "M_sa constants, λ = 0.01, μ = μ^k = 0; σ_k² as in the family; every stationary σ² of L(0, ·) in (0, σ_k²] (no stationary point lies above σ_k² since f ≤ 3.6 < ν)",
        kind: .lowerBound,
        check: ClaimCheck(family: previousVarianceFamily) { x in
            let vK = try x.scalar("previousVariance")
            let roots = try StartStateExample.stationaryVariances(previousVariance: vK)
            let sup = try StartStateExample.bracketSupremum()
            var measurements = [
                Measurement("sup_{x≥0} f(x)", lhs: sup.value, .lessOrEqual, rhs: 3.6,
                            tolerance: .roundoff(scale: 3.6, operations: 16, what: "f at the maximiser")),
                Measurement("0.02(10 − 3.6)", lhs: 0.02 * (10 - 3.6), .greaterOrEqual, rhs: 0.128,
                            tolerance: .roundoff(scale: 0.128, operations: 2, what: "0.02·6.4")),
            ]
            for (j, v) in roots.enumerated() {
                let printed = 0.02 * (10 - 1350 * (124 - 500 * v) / pow(1 + 500 * v, 2.5) * exp(-62.5 / (1 + 500 * v)))
                let symbolic = 2 * StartStateExample.lambda * (StartStateExample.nu - StartStateExample.stationarityBracket(2 * StartStateExample.alpha * v))
                measurements.append(Measurement("root \(j): eq. (10) numbers vs eq. (9)", lhs: printed, .equal, rhs: symbolic,
                                                tolerance: .roundoff(scale: 0.02 * (10 + 3.6), operations: 16, what: "the two forms")))
                measurements.append(Measurement("root \(j): 1/σ² − 1/σ_k²", lhs: 1 / v - 1 / vK, .greaterOrEqual, rhs: 0.128,
                                                tolerance: .roundoff(scale: 1 / v, operations: 4, what: "the difference of reciprocals")))
            }
            guard !roots.isEmpty else { throw ClaimError.outsideHypotheses("no stationary variance found") }
            return Evaluation(
                measurements: measurements,
                quantities: [NamedValue("σ_k²", vK), NamedValue("stationary roots", Double(roots.count)),
                             NamedValue("σ² (smallest root)", roots.min()!), NamedValue("min increment", roots.map { 1 / $0 - 1 / vK }.min()!),
                             NamedValue("sup f", sup.value), NamedValue("argmax x = 500σ²", sup.at)])
        })
}
