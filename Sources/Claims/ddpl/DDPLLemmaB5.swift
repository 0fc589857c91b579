import Foundation
import GSLKit

extension DDPLClaims {
    /// One-dimensional Gaussian instances of Lemma B.5 (see `OneStepDenoising`).
    static let oneStepFamily = InstanceFamily(
        description: "X_0 ~ N(m, v), m ~ U[−1,1], v log-uniform in [0.05, 5]; β log-uniform in [10⁻³, 0.5] with α/β > c₂ = 1/v; σ² = β/α (half the draws) or β/α·e^{U[−2,2]}; score error e₀ + e₁x with e₀, e₁ ~ U[−0.5, 0.5]; Y_1 ~ N(√α m + U[−0.5,0.5], (αv+β)e^{U[−1,1]})",
        searchSpace: SearchSpace(scalars: ["m": .interval(-3, 3), "v": .interval(1e-3, 100), "beta": .interval(1e-6, 0.999),
                                           "sigma2": .positive, "e0": .real, "e1": .real, "meanY": .real, "varianceY": .positive]),
        admissible: { x in
            guard let d = try? oneStep(x) else { return "incomplete instance" }
            if !(d.v > 0 && d.beta > 0 && d.beta < 1 && d.sigma2 > 0 && d.varianceY > 0) { return "v, σ², Var Y_1 > 0 and 0 < β < 1" }
            return d.alpha / d.beta > d.c2 ? nil : "α/β ≤ c₂ = 1/v (the lemma assumes α/β > c₂)"
        }
    ) { rng in
        while true {
            let m = rng.uniform(-1, 1), v = pow(10, rng.uniform(log10(0.05), log10(5))), beta = pow(10, rng.uniform(-3, log10(0.5)))
            let alpha = 1 - beta
            guard alpha / beta > 1 / v else { continue }
            let sigma2 = rng.uniform() < 0.5 ? beta / alpha : beta / alpha * exp(rng.uniform(-2, 2))
            return ClaimInstance(scalars: ["m": m, "v": v, "beta": beta, "sigma2": sigma2, "e0": rng.uniform(-0.5, 0.5), "e1": rng.uniform(-0.5, 0.5),
                                           "meanY": alpha.squareRoot() * m + rng.uniform(-0.5, 0.5), "varianceY": (alpha * v + beta) * exp(rng.uniform(-1, 1))])
        }
    }

    static func oneStep(_ x: ClaimInstance) throws -> OneStepDenoising {
        OneStepDenoising(m: try x.scalar("m"), v: try x.scalar("v"), beta: try x.scalar("beta"), sigma2: try x.scalar("sigma2"),
                         e0: try x.scalar("e0"), e1: try x.scalar("e1"), meanY: try x.scalar("meanY"), varianceY: try x.scalar("varianceY"))
    }

    static func oneStepQuantities(_ d: OneStepDenoising) -> [NamedValue] {
        [NamedValue("m", d.m), NamedValue("v", d.v), NamedValue("c₂ = 1/v", d.c2), NamedValue("α", d.alpha), NamedValue("β", d.beta),
         NamedValue("α/β", d.alpha / d.beta), NamedValue("σ²", d.sigma2), NamedValue("β/α", d.beta / d.alpha),
         NamedValue("E(s₁* − s₁)²", d.scoreError), NamedValue("A", d.a)]
    }

    /// ddpl, Lemma B.5 (App. B.2.2), eq. (49), as printed, with d = 1 and Gaussian X_0, where X_1, Y_0 are
    /// Gaussian and both divergences are exact (TV from the densities' crossing points, KL in closed form).
    static let lemmaB5 = Claim(
        id: "ddpl.lemB.5", paper: .ddpl, source: "Lemma B.5 (App. B.2.2), eq. (49)",
        statement: "Consider random variable X_0 ∈ R^d with score function s_0*(x_0) = ∇ log P_{X_0}(x_0) and one-step forward process X_1 = √α X_0 + √β ε_x, ε_x ~ N(0, I), α, β positive scalars with α + β = 1. Let s_1*(x_1) = ∇ log P_{X_1}(x_1). Consider random variable Y_1 ∈ R^d and one-step backward process Y_0 = (Y_1 + β s_1(Y_1))/√α + σ ε_y, ε_y ~ N(0, I), σ > 0, and s_1 the approximate score function of X_1. Suppose s_0* is c_2-Lipschitz and α/β > c_2. Then D_TV²(P_{X_0} ‖ P_{Y_0}) ≤ A + 2D_TV²(P_{X_1} ‖ P_{Y_1}), D_KL(P_{X_0} ‖ P_{Y_0}) ≤ A + D_KL(P_{X_1} ‖ P_{Y_1}), where A = (β²/(2σ²α)) E_{x_1~X_1}‖s_1*(x_1) − s_1(x_1)‖² + (σ²d/(α/β − c_2))(c_2² + (1/σ² − α/β)²).",
        hypotheses: "d = 1, Gaussian X_0 with c₂ = 1/v (the smallest Lipschitz constant of its score), affine score error, Gaussian Y_1 (see family)",
        kind: .upperBound,
        check: ClaimCheck(family: oneStepFamily) { x in
            let d = try oneStep(x)
            let tv0 = GaussianDivergences.totalVariation(d.m, d.v, d.meanY0, d.varianceY0)
            let tv1 = GaussianDivergences.totalVariation(d.meanX1, d.varianceX1, d.meanY, d.varianceY)
            let kl0 = try GaussianDivergences.kl(d.m, d.v, d.meanY0, d.varianceY0)
            let kl1 = try GaussianDivergences.kl(d.meanX1, d.varianceX1, d.meanY, d.varianceY)
            return Evaluation(
                measurements: [
                    Measurement("TV²", lhs: tv0 * tv0, .lessOrEqual, rhs: d.a + 2 * tv1 * tv1,
                                tolerance: .roundoff(scale: max(d.a, 1), operations: 64, what: "normal CDFs and A"), trivialBound: 1),
                    Measurement("KL", lhs: kl0, .lessOrEqual, rhs: d.a + kl1, tolerance: .roundoff(scale: max(d.a + kl1, kl0, 1), operations: 64, what: "the closed forms")),
                ],
                quantities: oneStepQuantities(d) + [NamedValue("TV(X_0, Y_0)", tv0), NamedValue("TV(X_1, Y_1)", tv1),
                                                    NamedValue("KL(X_0‖Y_0)", kl0), NamedValue("KL(X_1‖Y_1)", kl1)])
        },
        defaultInstances: 32)
}
