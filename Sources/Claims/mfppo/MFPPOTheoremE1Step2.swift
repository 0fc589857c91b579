import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, proof of Theorem E.1 (App. E), (E.21): ‖ḡ⁰_β − ḡ⁰_{β*}‖² ≤ 2(1 + μ²) E_ρ[F⁰_β − F⁰_{β*}]²
    /// (with ‖∇F⁰‖ ≤ 1 from Assumption 3 and the shared distribution of (s, d, ā) and (s', d', ā')).
    static let theoremE1Step2 = Claim(
        id: "mfppo.thmE.1/step2", paper: .mfppo, source: "Theorem E.1, proof (App. E), (E.21)",
        statement: "‖ḡ⁰_{β(t)} − ḡ⁰_{β*}‖² ≤ E[δ⁰_{β(t)} − δ⁰_{β*}]²‖∇F⁰_{β(0)}‖² ≤ … ≤ 2(1 + μ²) E[F⁰_{β(t)}(s, d_S, ā) − F⁰_{β*}(s, d_S, ā)]² (E.21).",
        hypotheses: theoremE1Hypotheses + " ρ = σ_k; β uniform in the ball of radius 2‖β* − β(0)‖; ‖ḡ⁰‖ through the tangent Gram.",
        kind: .upperBound,
        check: ClaimCheck(family: theoremE1Family) { x in
            let (lin, fixed, _, distance) = try linearizedSetup(x)
            let rng = RandomSource(seed: SeedSequence.derive(x.seed, "points"))
            let vStar = lin.v(fixed), mu = lin.problem.mu
            var ms: [Measurement] = []
            for r in 0..<8 {
                let w = randomBallTable(lin, radius: 2 * distance, rng: rng)
                let dist = lin.functionDistanceSquared(w, fixed)
                ms.append(Measurement("β #\(r)", lhs: lin.parameterNormSquared(Vector.difference(lin.v(w), vStar)), .lessOrEqual,
                                      rhs: 2 * (1 + mu * mu) * dist,
                                      tolerance: .roundoff(scale: max(dist, 1e-300) * 10, operations: 64 * lin.problem.featureCount, what: "finite sums over ρ")))
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("μ = γ", mu), NamedValue("‖β* − β(0)‖", distance)])
        })
}
