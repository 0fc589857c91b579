import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Theorem 3.1 proof, Step 2, eqs. (4)–(5), as printed: ∂L/∂μ = (μ−μ^k)/(σ^k)² − λ ∂_μ E[Q̂], with
    /// ∂_μ E = −2νμ + 2c_0 α(β−μ)/(1+2ασ²)^{3/2} e^{−α(μ−β)²/(1+2ασ²)} + 2c_0 α(−β−μ)/(1+2ασ²)^{3/2} e^{−α(μ+β)²/(1+2ασ²)},
    /// which vanishes at μ = μ^k = 0, so ∂L/∂μ|_{μ=μ^k} = 0.
    /// Left sides by quadrature of the score-function identity ∂_μ E_{N(μ,σ²)}[r] = E[(a−μ)/σ² · r(a)];
    /// right sides the printed formula, and 0 at μ = 0 (where the quadrature integrates an odd function).
    static let theorem31Step2 = Claim(
        id: "ddpl.thm3.1/step2", paper: .ddpl, source: "Theorem 3.1 proof (App. A), Step 2, eqs. (4)–(5)",
        statement: "∂L(μ,σ²)/∂μ = (μ−μ^k)/(σ^k)² − (η/(1−γ)) ∂_μ E_{a~π}[Q̂(s0,a)], where ∂_μ E[Q̂]|_{μ=μ^k} = −2νμ + (2c_0/√(1+2ασ²))(α(β−μ)/(1+2ασ²)) e^{−α(μ−β)²/(1+2ασ²)} + (2c_0/√(1+2ασ²))(α(−β−μ)/(1+2ασ²)) e^{−α(μ+β)²/(1+2ασ²)}|_{μ=μ^k} = 0; hence ∂L/∂μ|_{μ=μ^k} = 0 (eq. 5) and μ^{k+1} = 0.",
        reading: "the derivative formula is checked at every μ, and its value 0 at μ = μ^k = 0 for every σ²",
        hypotheses: "M_sa constants; Q̂(s0,·) = r_start; λ = 0.01; random Gaussians (see family), μ^k = 0 for eq. (5)",
        kind: .identity,
        check: ClaimCheck(family: gaussianPairFamily) { x in
            let mu = try x.scalar("mu"), v = try x.scalar("variance")
            let printed = StartStateExample.meanDerivative(mean: mu, variance: v)
            let quad = try StartStateExample.gaussianExpectation({ ($0 - mu) / v * StartStateExample.rStart($0) }, mean: mu, variance: v)
            // The integrand is odd at μ = 0: the quadrature resolves it to 10⁻¹³ of ∫|integrand|.
            let atZero = try StartStateExample.gaussianExpectation({ $0 / v * StartStateExample.rStart($0) }, mean: 0, variance: v)
            let bumpScale = 2 * StartStateExample.c0 * StartStateExample.alpha / (1 + 2 * StartStateExample.alpha * v)
            let scale = 2 * StartStateExample.nu * abs(mu) + bumpScale
            return Evaluation(
                measurements: [
                    Measurement("∂_μ E[r_start] at μ", lhs: quad.value, .equal, rhs: printed,
                                tolerance: Tolerance(quad.absoluteError, "quadrature error: QAGP estimate + distance to the Gauss–Legendre value") + .roundoff(scale: scale, operations: 12, what: "the printed formula")),
                    Measurement("∂_μ E[r_start] at μ = 0 (eq. 5)", lhs: atZero.value, .equal, rhs: 0,
                                tolerance: Tolerance(atZero.absoluteError, "quadrature error: QAGP estimate + distance to the Gauss–Legendre value")
                                    + .roundoff(scale: bumpScale + 2 * StartStateExample.nu, operations: 8, what: "cancellation of the two symmetric halves")),
                ],
                quantities: [NamedValue("μ", mu), NamedValue("σ²", v), NamedValue("printed ∂_μ E", printed),
                             NamedValue("printed ∂_μ E at μ = 0", StartStateExample.meanDerivative(mean: 0, variance: v))])
        })
}
