import Foundation
import GSLKit

extension HAQOClaims {
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
}
