import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Theorem 3.1 proof, Step 4, eqs. (12)–(13), as printed:
    /// p_k = ∫_{−β−1/4}^{−β+1/4} N(a; 0, (σ^k)²) c_p e^{−α(a+β)²} da = C'/√(2πσ'²) ∫ e^{−(a−μ')²/(2σ'²)} da ≤ C'Φ((−β + 1/4 − μ')/σ'),
    /// with μ', σ'², C' of eq. (13). Left side by quadrature; right sides the closed form via erf and
    /// the printed bound. Also measured: p increasing in σ² at the instance (ln p(1.01σ²) ≥ ln p(σ²)),
    /// which the worst-case substitution σ_k² = 1/(10 + 0.128k) of eqs. (14)–(17) relies on.
    static let theorem31Step6 = Claim(
        id: "ddpl.thm3.1/step6", paper: .ddpl, source: "Theorem 3.1 proof (App. A), Step 4, eqs. (12)–(13)",
        statement: "p_k = ∫_{−β−1/4}^{−β+1/4} (2π(σ^k)²)^{−1/2} exp(−a²/(2(σ^k)²)) · c_p exp(−α(a+β)²) da = (C'/√(2π(σ')²)) ∫_{−β−1/4}^{−β+1/4} exp(−(a−μ')²/(2(σ')²)) da ≤ C'Φ((−β + 1/4 − μ')/σ'), with μ' = −2αβ(σ^k)²/(1+2α(σ^k)²), (σ')² = (σ^k)²/(1+2α(σ^k)²), C' = c_p (1+2α(σ^k)²)^{−1/2} exp(−αβ²/(1+2α(σ^k)²)).",
        hypotheses: "M_sa constants; π^k = N(0, σ_k²) with σ_k² log-uniform in [10⁻⁴, 0.1] (the range the run visits)",
        kind: .upperBound,
        check: ClaimCheck(family: InstanceFamily(
            description: "σ_k² log-uniform in [10⁻⁴, 0.1]",
            searchSpace: SearchSpace(scalars: ["variance": .interval(1e-4, 0.1)]),
            admissible: { x in (x.scalars["variance"].map { $0 > 0 && $0 <= 0.1 } ?? false) ? nil : "σ_k² must lie in (0, 0.1]" }
        ) { rng in ClaimInstance(scalars: ["variance": pow(10, rng.uniform(-4, -1))]) }) { x in
            let v = try x.scalar("variance")
            let beta = StartStateExample.beta, w = StartStateExample.window
            let integrand = { (a: Double) in exp(-0.5 * a * a / v) / (2 * Double.pi * v).squareRoot() * StartStateExample.pStart(a) }
            let quad = try Quadrature.integrate(integrand, from: -beta - w, to: -beta + w)
            let logP = StartStateExample.logSuccessProbability(variance: v)
            let (mu, sd, scale) = StartStateExample.goalProduct(variance: v)
            let logBound = log(scale) + Special.logNormalCDF((-beta + w - mu) / sd)
            let logUp = StartStateExample.logSuccessProbability(variance: 1.01 * v)
            return Evaluation(
                measurements: [
                    Measurement("p_k: quadrature vs C'[Φ(u) − Φ(l)]", lhs: quad.value, .equal, rhs: exp(logP),
                                tolerance: Tolerance(quad.absoluteError, "QAGS error estimate")
                                    + .roundoff(scale: exp(logP) * max(1, abs(logP)), operations: 16, what: "the erf form, exponentiated from a log of size |ln p|")),
                    Measurement("ln p_k ≤ ln C'Φ(u)", lhs: logP, .lessOrEqual, rhs: logBound,
                                tolerance: .roundoff(scale: abs(logBound), operations: 8, what: "ln C'Φ(u)")),
                    Measurement("ln p(1.01σ²) − ln p(σ²) (p increasing)", lhs: logUp - logP, .greaterOrEqual, rhs: 0,
                                tolerance: .roundoff(scale: abs(logP), operations: 16, what: "two values of ln p")),
                ],
                quantities: [NamedValue("σ_k²", v), NamedValue("p_k", exp(logP)), NamedValue("μ'", mu), NamedValue("σ'", sd), NamedValue("C'", scale),
                             NamedValue("C'Φ(u)", exp(logBound))])
        })
}
