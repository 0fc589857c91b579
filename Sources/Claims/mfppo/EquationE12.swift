import Foundation
import GSLKit

extension MFPPOClaims {
    /// The linearised evaluation problem of one initialisation of a Thm E.1 instance, with w* and β*.
    private static func linearizedSetup(_ x: ClaimInstance) throws -> (LinearizedSemiGradient, fixed: [Double], w0: [Double], distance: Double) {
        let base = try EvaluationSetup(x, realizable: false)
        let network = MeanPoolNetwork(localStates: base.model.dynamics.localStates, actions: base.model.actionCount, width: 64,
                                      rng: RandomSource(seed: SeedSequence.derive(x.seed, "init0")))
        let (problem, _, fixed) = try theoremE1Target(x, base: base, network: network)
        return (LinearizedSemiGradient(problem: problem, network: network), fixed, network.localTable(network.initial, gates: .initial),
                try TemporalDifferenceErrors.parameterDistance(network, to: fixed))
    }

    /// mfppo, App. E, (E.12)–(E.14): the stationary point β* of the projected linearised semi-gradient
    /// and its two characterisations. Ball radius R = 2‖β* − β(0)‖ (inactive). Measured:
    /// (i) ‖ḡ⁰_{β*}‖ (so Π(β* − ḡ⁰_{β*}) = β*), (ii) min_{β∈B} ⟨ḡ⁰_{β*}, β − β*⟩ = ⟨ḡ⁰_{β*}, β(0) − β*⟩ − R‖ḡ⁰_{β*}‖
    /// against 0, (iii) F⁰_{β*} against the L²(ρ) projection of ζ_{F⁰_{β*}} onto the class.
    static let equationE12 = Claim(
        id: "mfppo.eqE.12", paper: .mfppo, source: "App. E, (E.12)–(E.14)",
        statement: "We denote F⁰_{β*} to be the function within the class 𝓕_{R,m} which satisfies the stationary condition Π_{B(R_β,β_0)}(β* − ḡ⁰_{β*}) = β* (E.12). Condition (E.12) is equivalent to ⟨ḡ⁰_{β*}, β − β*⟩ ≥ 0. … From (E.13) and (E.14), we have ⟨F⁰_{β*} − ζ_{F⁰_{β*}}, F⁰_β − F⁰_{β*}⟩_ρ ≥ 0, which is equivalent to that F⁰_{β*} = Π_{𝓕_{R,m}}(ζ_{F⁰_{β*}}).",
        hypotheses: theoremE1Hypotheses + " One initialisation; β* = β(0) + Ψ G⁻¹(w* − w₀) with w* the root of the expected linearised semi-gradient.",
        kind: .identity,
        check: ClaimCheck(family: theoremE1Family) { x in
            let (lin, fixed, w0, distance) = try linearizedSetup(x)
            let v = lin.v(fixed)
            let gradientNorm = lin.parameterNormSquared(v).squareRoot()
            let radius = 2 * distance
            let variational = Vector.dot(v, Vector.difference(w0, fixed)) - radius * gradientNorm
            // (iii) the ρ-weighted least-squares projection of y = τξ + μ ē'ᵀw* onto {eᵀw}.
            let p = lin.problem, nA = p.actions, n = p.featureCount
            var gramData = Matrix(rows: n, columns: n), rhs = [Double](repeating: 0, count: n)
            for i in 0..<(p.model.stateCount * nA) where p.sampling[i] > 0 {
                let e = p.embedding(i / nA, i % nA)
                let y = p.target[i] + p.mu * Vector.dot(p.nextEmbedding(i / nA, i % nA), fixed)
                for a in 0..<n where e[a] != 0 {
                    rhs[a] += p.sampling[i] * e[a] * y
                    for b in 0..<n { gramData[a, b] += p.sampling[i] * e[a] * e[b] }
                }
            }
            let projected = try gramData.solve(rhs).x
            let gap = Vector.infinityNorm(Vector.difference(p.values(of: projected), p.values(of: fixed)))
            let scale = Vector.infinityNorm(fixed)
            let tol = Tolerance.roundoff(scale: max(scale, 1) * 1e3, operations: n * n * n, what: "two \(n)×\(n) solves (×10³ for their conditioning)")
            return Evaluation(
                measurements: [
                    Measurement("‖ḡ⁰_{β*}‖", lhs: gradientNorm, .equal, rhs: 0, tolerance: tol),
                    Measurement("min_{β∈B} ⟨ḡ⁰_{β*}, β − β*⟩", lhs: variational, .equal, rhs: 0, tolerance: tol),
                    Measurement("max |F⁰_{β*} − Π_𝓕(ζ F⁰_{β*})|", lhs: gap, .equal, rhs: 0, tolerance: tol),
                ],
                quantities: [NamedValue("‖β* − β(0)‖", distance), NamedValue("R", radius), NamedValue("μ = γ", p.mu)])
        })

    /// A point of the ball B(β(0), R) as a table w = f⁰_β: β = β(0) + R·U^{1/2}·u/‖u‖ (u Gaussian).
    private static func randomBallTable(_ lin: LinearizedSemiGradient, radius: Double, rng: RandomSource) -> [Double] {
        let beta = lin.network.displaced(by: lin.network.initial.map { _ in rng.normal() }, radius: radius * rng.uniform().squareRoot())
        return lin.network.localTable(beta, gates: .initial)
    }

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
