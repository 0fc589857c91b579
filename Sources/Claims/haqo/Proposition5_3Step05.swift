import Foundation
import GSLKit

extension HAQOClaims {
    /// haqo Prop. 5.3 proof, eqs. (129)–(131): ε- and x₀-prediction are linearly equivalent.
    static let proposition53Step5 = Claim(
        id: "haqo.prop5.3/step5", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eqs. (126)–(131)",
        statement: "x̂_{0,θ} = (z − √(1−ᾱ_t) ε_θ)/√ᾱ_t ⇔ ε_θ = (z − √ᾱ_t x̂_{0,θ})/√(1−ᾱ_t); ε − ε_θ = (√ᾱ_t/√(1−ᾱ_t))(x̂_{0,θ} − x_0); ‖ε − ε_θ‖² = (ᾱ_t/(1−ᾱ_t)) ‖x̂_{0,θ} − x_0‖², for z = √ᾱ_t x_0 + √(1−ᾱ_t) ε.",
        hypotheses: "x₀ ~ U[−1,1], ε ~ N(0,1), ε_θ ~ N(0,4), ᾱ ~ U(0.01, 0.9999)",
        kind: .identity,
        check: ClaimCheck(family: InstanceFamily(
            description: "one forward corruption and one denoiser output",
            searchSpace: SearchSpace(scalars: ["x0": .interval(-1, 1), "noise": .real, "prediction": .real, "alphaBar": .interval(0.01, 0.9999)])
        ) { rng in
            ClaimInstance(scalars: ["x0": rng.uniform(-1, 1), "noise": rng.normal(), "prediction": 2 * rng.normal(), "alphaBar": rng.uniform(0.01, 0.9999)])
        }) { x in
            let x0 = try x.scalar("x0"), eps = try x.scalar("noise"), epsTheta = try x.scalar("prediction"), a = try x.scalar("alphaBar")
            let m = a.squareRoot(), sigma = (1 - a).squareRoot()
            let z = m * x0 + sigma * eps
            let xHat = (z - sigma * epsTheta) / m
            let scale = (abs(z) + abs(epsTheta) + 1) / (m * sigma)
            let tol = Tolerance.roundoff(scale: scale * scale, operations: 16, what: "the affine maps and squares")
            return Evaluation(measurements: [
                Measurement("(129)", lhs: epsTheta, .equal, rhs: (z - m * xHat) / sigma, tolerance: tol),
                Measurement("(130)", lhs: eps - epsTheta, .equal, rhs: m / sigma * (xHat - x0), tolerance: tol),
                Measurement("(131)", lhs: (eps - epsTheta) * (eps - epsTheta), .equal, rhs: a / (1 - a) * (xHat - x0) * (xHat - x0), tolerance: tol),
            ])
        })
}
