import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, proof of Theorem E.1 (App. E), (E.18): ⟨β − β*, ḡ⁰_β − ḡ⁰_{β*}⟩ ≥ (1 − μ) E_ρ[F⁰_{β*} − F⁰_β]²,
    /// using that (s, d, ā) and (s', d', ā') share the distribution ρ = σ_k (stationary). Eight random
    /// β in the ball per instance, exact finite sums.
    static let theoremE1Step1 = Claim(
        id: "mfppo.thmE.1/step1", paper: .mfppo, source: "Theorem E.1, proof (App. E), (E.18)",
        statement: "E⟨β(t) − β*, ḡ⁰_{β(t)} − ḡ⁰_{β*}⟩ = E(F⁰_{β(t)} − F⁰_{β*} − μ[F⁰_{β(t)}(s', d'_S, ā') − F⁰_{β*}(s', d'_S, ā')])(F⁰_{β(t)} − F⁰_{β*}) ≥ (1 − μ) E[F⁰_{β*} − F⁰_{β(t)}]², where we used Cauchy–Schwarz, together with the fact that (s, d_S, ā) and (s', d'_S, ā') share the same distribution.",
        hypotheses: theoremE1Hypotheses + " ρ = σ_k (stationary for the chain (x, ā) → (x', ā')); β uniform in the ball of radius 2‖β* − β(0)‖.",
        kind: .lowerBound,
        check: ClaimCheck(family: theoremE1Family) { x in
            let (lin, fixed, _, distance) = try linearizedSetup(x)
            let rng = RandomSource(seed: SeedSequence.derive(x.seed, "points"))
            let vStar = lin.v(fixed)
            var ms: [Measurement] = []
            for r in 0..<8 {
                let w = randomBallTable(lin, radius: 2 * distance, rng: rng)
                let dist = lin.functionDistanceSquared(w, fixed)
                ms.append(Measurement("β #\(r)", lhs: Vector.dot(Vector.difference(w, fixed), Vector.difference(lin.v(w), vStar)), .greaterOrEqual,
                                      rhs: (1 - lin.problem.mu) * dist,
                                      tolerance: .roundoff(scale: max(dist, 1e-300) * 10, operations: 64 * lin.problem.featureCount, what: "finite sums over ρ")))
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("μ = γ", lin.problem.mu), NamedValue("‖β* − β(0)‖", distance)])
        })
}
