import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Theorem 3.1 proof, Step 1, eq. (3) and the display after it, as printed:
    /// L(μ,σ²) = KL(N(μ,σ²) ‖ π̃^{k+1}) = log(σ^k/σ) + (σ² + (μ−μ^k)²)/(2(σ^k)²) − ½ − λE[Q̂(s0,a)] + log Z, with
    /// E_{N(μ,σ²)}[r_start] = −ν(μ²+σ²) + c_0(1+2ασ²)^{−1/2}[e^{−α(μ−β)²/(1+2ασ²)} + e^{−α(μ+β)²/(1+2ασ²)}].
    /// Left sides by quadrature (the KL as ∫ N log(N/π̃), with Z = ∫ N(μ_k,σ_k²) e^{λ r_start});
    /// right sides the printed closed forms.
    static let theorem31Step1 = Claim(
        id: "ddpl.thm3.1/step1", paper: .ddpl, source: "Theorem 3.1 proof (App. A), Step 1, eq. (3)",
        statement: "L(μ,σ²) := KL(π(·|s0) ‖ π̃^{k+1}(·|s0)) = log(σ^k/σ) + (σ² + (μ−μ^k)²)/(2(σ^k)²) − 1/2 − (η/(1−γ)) E_{a~π}[Q̂(s0,a)] + log Z, and E_{a~N(μ,σ²)}[r_start(a)] = −ν(μ²+σ²) + c_0/√(1+2ασ²)·exp(−α(μ−β)²/(1+2ασ²)) + c_0/√(1+2ασ²)·exp(−α(μ+β)²/(1+2ασ²)).",
        hypotheses: "M_sa constants; Q̂(s0,·) = r_start; λ = 0.01; random Gaussians (see family)",
        kind: .identity,
        check: ClaimCheck(family: gaussianPairFamily) { x in
            let mu = try x.scalar("mu"), v = try x.scalar("variance"), muK = try x.scalar("previousMean"), vK = try x.scalar("previousVariance")
            let lambda = StartStateExample.lambda
            let closed = StartStateExample.expectedStartReward(mean: mu, variance: v)
            let quad = try StartStateExample.gaussianExpectation(StartStateExample.rStart, mean: mu, variance: v)
            let logZ = try StartStateExample.gaussianExpectation({ exp(lambda * StartStateExample.rStart($0)) }, mean: muK, variance: vK)
            let logRatio = { (a: Double) in
                0.5 * log(vK / v) - 0.5 * (a - mu) * (a - mu) / v + 0.5 * (a - muK) * (a - muK) / vK - lambda * StartStateExample.rStart(a)
            }
            let klQuad = try StartStateExample.gaussianExpectation(logRatio, mean: mu, variance: v)
            let kl = klQuad.value + log(logZ.value)
            let printed = StartStateExample.projectionObjective(mean: mu, variance: v, previousMean: muK, previousVariance: vK) + log(logZ.value)
            let scaleE = StartStateExample.nu * (mu * mu + v) + 2 * StartStateExample.c0
            let scaleL = abs(0.5 * log(vK / v)) + (v + (mu - muK) * (mu - muK)) / (2 * vK) + 0.5 + lambda * scaleE
            return Evaluation(
                measurements: [
                    Measurement("E_{N(μ,σ²)}[r_start]", lhs: quad.value, .equal, rhs: closed,
                                tolerance: Tolerance(quad.absoluteError, "quadrature error: QAGP estimate + distance to the Gauss–Legendre value") + .roundoff(scale: scaleE, operations: 12, what: "the closed form")),
                    Measurement("L(μ,σ²) = KL", lhs: kl, .equal, rhs: printed,
                                tolerance: Tolerance(klQuad.absoluteError + logZ.absoluteError / logZ.value, "quadrature errors of the KL and of log Z (QAGP estimates + distances to the Gauss–Legendre values)")
                                    + .roundoff(scale: scaleL, operations: 16, what: "the closed form")),
                ],
                quantities: [NamedValue("μ", mu), NamedValue("σ²", v), NamedValue("μ_k", muK), NamedValue("σ_k²", vK),
                             NamedValue("E[r_start] (closed form)", closed), NamedValue("KL (quadrature)", kl), NamedValue("log Z", log(logZ.value))])
        })
}
