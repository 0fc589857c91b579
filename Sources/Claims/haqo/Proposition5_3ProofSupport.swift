import Foundation
import GSLKit

extension HAQOClaims {
    /// The trace floors of eqs. (137)–(138): Tr Σ_θ ≥ Tr Σ_U − 2D·(W₂ or √E‖â − ã‖²), D = 2.
    static func proposition53TraceFloor(id: String, source: String, statement: String, reconstructionForm: Bool) -> Claim {
        Claim(
            id: id, paper: .haqo, source: source, statement: statement,
            reading: reconstructionForm ? "'≳' read as ≥" : nil,
            hypotheses: reconstructionHypotheses, kind: .lowerBound,
            check: ClaimCheck(family: reconstructionFamily) { x in
                let r = try reconstruction(x)
                let (first, _) = try r.moments()
                let trace = try r.centredSecondMoment(about: first.value)
                let distance = reconstructionForm ? try r.reconstructionRisk() : try r.wassersteinSquared()
                var sum = trace
                sum.add(distance)
                return Evaluation(measurements: [Measurement(lhs: trace.value, .greaterOrEqual, rhs: 1.0 / 3 - 4 * distance.value.squareRoot(),
                                                             tolerance: sum.tolerance(what: "Tr Σ_θ and the distance") + squareRootError(distance, factor: 4),
                                                             trivialBound: 0)],
                                  quantities: [NamedValue("Tr Σ_θ", trace.value), NamedValue(reconstructionForm ? "√E‖â−ã‖²" : "W₂", distance.value.squareRoot())])
            })
    }

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

    static let reconstructionHypotheses = "ã ~ U[−1,1] noised at one level ᾱ = 'alphaBar' ∈ (0.05, 0.9999); θ the Bayes denoiser of a 1-D law w·U[−1,1] + (1−w)·(mixture of 1–3 Gaussians); P_θ the law of â_θ; D = 2 (the diameter of [−1,1]); Tr Σ_U = 1/3, μ_U = 0"

    static let reconstructionFamily = ContinuousPolicyFamily.family(scalars: ["alphaBar": .interval(0.05, 0.9999)],
                                                                    drawScalars: { rng in ["alphaBar": rng.uniform(0.05, 0.9999)] })

    static func reconstruction(_ x: ClaimInstance) throws -> ReconstructionLaw {
        ReconstructionLaw(model: try ContinuousPolicyFamily.law(x), alphaBar: try x.scalar("alphaBar"))
    }

    /// The error of factor·√x for a quadrature x ± e: factor·min(e/(2√x), √e), × 4.
    static func squareRootError(_ x: QuadratureSum, factor: Double) -> Tolerance {
        let e = 4 * x.absoluteError
        let v = factor * (x.value > 0 ? min(e / (2 * x.value.squareRoot()), e.squareRoot()) : e.squareRoot())
        return Tolerance(v, "propagated to \(shortNumber(factor))·√(·): \(shortNumber(factor))·min(e/(2√x), √e), e = 4 × GSL error estimate")
    }
}
