import Foundation
import GSLKit

extension MFPPOClaims {
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
}
