import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Theorem 3.1 proof, Step 3, eqs. (6)–(8), as printed: ∂L/∂σ² = −1/(2σ²) + 1/(2(σ^k)²) − λ ∂_{σ²}E[Q̂],
    /// ∂_{σ²}E = −ν + Σ_{b=±β} c_0 α(2α(μ−b)² − 1 − 2ασ²)/(1+2ασ²)^{5/2} e^{−α(μ−b)²/(1+2ασ²)} (eq. 7), which at
    /// μ = 0 is −ν + 2c_0 α(2αβ² − 1 − 2ασ²)/(1+2ασ²)^{5/2} e^{−αβ²/(1+2ασ²)} (eq. 8).
    /// Left sides by quadrature of ∂_{σ²} E_{N(μ,σ²)}[r] = E[((a−μ)² − σ²)/(2σ⁴) r(a)].
    static let theorem31Step3 = Claim(
        id: "ddpl.thm3.1/step3", paper: .ddpl, source: "Theorem 3.1 proof (App. A), Step 3, eqs. (6)–(8)",
        statement: "∂L/∂σ² = −1/(2σ²) + 1/(2(σ^k)²) − (η/(1−γ)) ∂_{σ²}E[Q̂]; ∂_{σ²}E[Q̂] = −ν + c_0 α(2α(μ−β)² − 1 − 2ασ²)/(1+2ασ²)^{5/2} e^{−α(μ−β)²/(1+2ασ²)} + c_0 α(2α(μ+β)² − 1 − 2ασ²)/(1+2ασ²)^{5/2} e^{−α(μ+β)²/(1+2ασ²)} (7); at μ = 0: −ν + 2c_0 α(2αβ² − 1 − 2ασ²)/(1+2ασ²)^{5/2} e^{−αβ²/(1+2ασ²)} (8).",
        hypotheses: "M_sa constants; Q̂(s0,·) = r_start; random Gaussians (see family)",
        kind: .identity,
        check: ClaimCheck(family: gaussianPairFamily) { x in
            let mu = try x.scalar("mu"), v = try x.scalar("variance")
            let alpha = StartStateExample.alpha, beta = StartStateExample.beta, c0 = StartStateExample.c0
            let general = StartStateExample.varianceDerivative(mean: mu, variance: v)
            let s = 1 + 2 * alpha * v
            let atZeroPrinted = -StartStateExample.nu + 2 * c0 * alpha * (2 * alpha * beta * beta - 1 - 2 * alpha * v) / pow(s, 2.5) * exp(-alpha * beta * beta / s)
            let weight = { (m: Double) in { (a: Double) in ((a - m) * (a - m) - v) / (2 * v * v) * StartStateExample.rStart(a) } }
            let quad = try StartStateExample.gaussianExpectation(weight(mu), mean: mu, variance: v)
            let quadZero = try StartStateExample.gaussianExpectation(weight(0), mean: 0, variance: v)
            let scale = StartStateExample.nu + 2 * c0 * alpha * (2 * alpha * (abs(mu) + beta) * (abs(mu) + beta) + s) / pow(s, 2.5)
            return Evaluation(
                measurements: [
                    Measurement("∂_{σ²}E[r_start] (7)", lhs: quad.value, .equal, rhs: general,
                                tolerance: Tolerance(quad.absoluteError, "quadrature error: QAGP estimate + distance to the Gauss–Legendre value") + .roundoff(scale: scale, operations: 16, what: "eq. (7)")),
                    Measurement("∂_{σ²}E[r_start] at μ = 0 (8)", lhs: quadZero.value, .equal, rhs: atZeroPrinted,
                                tolerance: Tolerance(quadZero.absoluteError, "quadrature error: QAGP estimate + distance to the Gauss–Legendre value") + .roundoff(scale: scale, operations: 16, what: "eq. (8)")),
                ],
                quantities: [NamedValue("μ", mu), NamedValue("σ²", v), NamedValue("eq. (7)", general), NamedValue("eq. (8)", atZeroPrinted)])
        })
}
