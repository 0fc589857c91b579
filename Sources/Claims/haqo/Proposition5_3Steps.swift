import Foundation
import GSLKit

extension HAQOClaims {
    /// haqo Prop. 5.3 proof, eq. (118): the claimed covariance entropy lower bound (1-D: det Σ = Var).
    static let proposition53Step1 = proposition53Floor(
        id: "haqo.prop5.3/step1", source: "Proposition 5.3 proof (App. A.8), eq. (118)",
        statement: "The surrogate (9) is motivated by the Gaussian (and more generally, covariance) entropy lower bound: H(A^i|s) ≥ ½ log((2πe)^{d_i} det Σ_s^i) ≥ (d_i/2) log(2πe) + ½ log det Σ_s^i.",
        reading: "the first inequality, in 1-D (det Σ = Var)",
        floor: { $0.variance })

    /// haqo Prop. 5.3 proof, eq. (120): the maximum-entropy upper bound.
    static let proposition53Step2 = Claim(
        id: "haqo.prop5.3/step2", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (120)",
        statement: "Among all distributions with fixed covariance Σ_s^i, the Gaussian maximizes entropy, yielding H(A^i|s) ≤ ½ log((2πe)^{d_i} det Σ_s^i), with equality iff A^i|s is Gaussian.",
        hypotheses: continuousHypotheses, kind: .upperBound,
        check: ClaimCheck(family: ContinuousPolicyFamily.family()) { x in
            let law = try ContinuousPolicyFamily.law(x)
            let (m, q) = try entropyFloorMeasurement(law, floor: law.variance)
            return Evaluation(measurements: [Measurement(lhs: m.lhs, .lessOrEqual, rhs: m.rhs, tolerance: m.tolerance)], quantities: q)
        },
        defaultInstances: 16)

    /// The determinant of a d×d matrix (d ≤ 3) by cofactor expansion.
    static func cofactorDeterminant(_ a: Matrix) -> Double {
        switch a.rows {
        case 1: return a[0, 0]
        case 2: return a[0, 0] * a[1, 1] - a[0, 1] * a[1, 0]
        default:
            return a[0, 0] * (a[1, 1] * a[2, 2] - a[1, 2] * a[2, 1]) - a[0, 1] * (a[1, 0] * a[2, 2] - a[1, 2] * a[2, 0])
                + a[0, 2] * (a[1, 0] * a[2, 1] - a[1, 1] * a[2, 0])
        }
    }

    /// haqo Prop. 5.3 proof, eqs. (122)–(124): spectral relaxations of det Σ.
    static let proposition53Step3 = Claim(
        id: "haqo.prop5.3/step3", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eqs. (122)–(124)",
        statement: "det Σ_s^i = ∏_k λ_k(Σ_s^i) ≥ (λ_min(Σ_s^i))^{d_i}; log det Σ_s^i ≥ d_i log λ_min(Σ_s^i); ½ log((2πe)^{d_i} det Σ_s^i) ≥ (d_i/2) log(2πe) + (d_i/2) log λ_min(Σ_s^i).",
        hypotheses: "covariance matrices Σ = F Fᵀ + 10⁻³ I with F ~ N(0,1)^{d×d}, d ∈ {1,2,3} ('factor' holds F row-major); det by cofactors, λ_min by GSL's eigensolver",
        kind: .lowerBound,
        check: ClaimCheck(family: InstanceFamily(description: "random covariance matrices, d ≤ 3", searchSpace: SearchSpace(vectors: ["factor": false])) { rng in
            let d = rng.integer(in: 1...3)
            return ClaimInstance(vectors: ["factor": (0..<(d * d)).map { _ in rng.normal() }])
        }) { x in
            let f = try x.vector("factor"), d = Int(Double(f.count).squareRoot())
            guard d * d == f.count else { throw ClaimError.outsideHypotheses("'factor' is not a square matrix") }
            let factor = Matrix(rows: d, columns: d, storage: f)
            var sigma = factor.times(factor.transposed)
            for i in 0..<d { sigma.storage[i * d + i] += 1e-3 }
            let lambdaMin = try EigenDecomposition(sigma).eigenvalues.map(\.real).min()!
            let det = cofactorDeterminant(sigma), dd = Double(d)
            let scale = max(abs(det), pow(abs(lambdaMin), dd), 1e-300)
            let tol = Tolerance(1e-12 * scale + 64 * Double.ulpOfOne * Vector.infinityNorm(sigma.storage) * pow(Vector.infinityNorm(sigma.storage), dd - 1),
                                "eigenvalue and cofactor round-off, relative 1e-12 of the determinant's scale")
            let logTol = Tolerance(1e-10, "the same round-off on the log scale")
            return Evaluation(measurements: [
                Measurement("(122)", lhs: det, .greaterOrEqual, rhs: pow(lambdaMin, dd), tolerance: tol),
                Measurement("(123)", lhs: log(det), .greaterOrEqual, rhs: dd * log(lambdaMin), tolerance: logTol),
                Measurement("(124)", lhs: 0.5 * log(pow(2 * Double.pi * M_E, dd) * det), .greaterOrEqual,
                            rhs: dd / 2 * log(2 * Double.pi * M_E) + dd / 2 * log(lambdaMin), tolerance: logTol),
            ], quantities: [NamedValue("d", dd), NamedValue("det Σ", det), NamedValue("λ_min", lambdaMin)])
        })

    /// haqo Prop. 5.3 proof, eq. (125): a shape constant C ≥ 0 that is never given.
    static let proposition53Step4 = Claim(
        notCheckable: "haqo.prop5.3/step4", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (125)",
        statement: "If we maintain a spectral floor λ_min(Σ_s^i) ≥ σ_min² > 0, then H(A^i|s) ≥ H_floor := (d_i/2) log(2πe σ_min²) − C, for some constant C ≥ 0 that depends on shape assumptions of p(a^i|s) (e.g., C = 0 for Gaussian; more generally C can be bounded for log-concave or sub-Gaussian families).",
        reason: "C is an unspecified constant that may depend on the law; for any law with finite entropy, C := max(0, (d_i/2)log(2πe σ_min²) − H) satisfies the display, so it has no content a computation can refute. Its C = 0 case is (10), checked by haqo.prop5.3 and haqo.prop5.3/step1, which report the C each law needs ('½ln(2πe·Var) − H').")

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

    static let reconstructionHypotheses = "ã ~ U[−1,1] noised at one level ᾱ = 'alphaBar' ∈ (0.05, 0.9999); θ the Bayes denoiser of a 1-D law w·U[−1,1] + (1−w)·(mixture of 1–3 Gaussians); P_θ the law of â_θ; D = 2 (the diameter of [−1,1]); Tr Σ_U = 1/3, μ_U = 0"

    static let reconstructionFamily = ContinuousPolicyFamily.family(scalars: ["alphaBar": .interval(0.05, 0.9999)],
                                                                    drawScalars: { rng in ["alphaBar": rng.uniform(0.05, 0.9999)] })

    static func reconstruction(_ x: ClaimInstance) throws -> ReconstructionLaw {
        ReconstructionLaw(model: try ContinuousPolicyFamily.law(x), alphaBar: try x.scalar("alphaBar"))
    }

    /// haqo Prop. 5.3 proof, eq. (132).
    static let proposition53Step6 = Claim(
        id: "haqo.prop5.3/step6", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (132)",
        statement: "Taking expectations over the training distribution (ã^i, ε, t) shows that (for each t) E[‖ε − ε_{θ^i}(z,s,t)‖²] = (ᾱ_t/(1−ᾱ_t)) E[‖ã^i − â_{θ^i}(s,t,z)‖²].",
        hypotheses: reconstructionHypotheses, kind: .identity,
        check: ClaimCheck(family: reconstructionFamily) { x in
            let r = try reconstruction(x), a = try x.scalar("alphaBar")
            let e = try r.noiseRisk(), recon = try r.reconstructionRisk()
            var sum = e
            sum.add(recon, weight: a / (1 - a))
            return Evaluation(measurements: [Measurement(lhs: e.value, .equal, rhs: a / (1 - a) * recon.value, tolerance: sum.tolerance(what: "both risks"))],
                              quantities: [NamedValue("E‖ε−ε_θ‖²", e.value), NamedValue("E‖ã−â‖²", recon.value), NamedValue("ᾱ", a)])
        })
}
