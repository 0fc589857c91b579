import Foundation
import GSLKit
import PropertyBased
import Testing

/// ‖A v − λ v‖₂ for a complex eigenpair (λ, v) of a real matrix A.
private func eigenResidual(_ a: Matrix, _ lambda: ComplexValue, _ v: [ComplexValue]) -> Double {
    let n = a.rows
    var sum = 0.0
    for i in 0..<n {
        var re = 0.0, im = 0.0
        for j in 0..<n {
            re += a[i, j] * v[j].real
            im += a[i, j] * v[j].imaginary
        }
        re -= lambda.real * v[i].real - lambda.imaginary * v[i].imaginary
        im -= lambda.real * v[i].imaginary + lambda.imaginary * v[i].real
        sum += re * re + im * im
    }
    return sum.squareRoot()
}

@Suite struct EigenTests {
    /// The Francis QR algorithm is backward stable: each computed pair is an exact pair of A + E
    /// with ‖E‖ = O(n ε ‖A‖) (Golub & Van Loan, 4th ed., §7.5.6), so for unit v the residual
    /// ‖A v − λ v‖₂ is O(n ε ‖A‖). Bound used: 50 n ε ‖A‖_∞ (‖A‖₂ ≤ √n ‖A‖_∞ absorbed in 50).
    @Test func everyPairSatisfiesTheEigenEquation() async throws {
        await propertyCheck(count: 40, input: Gen.int(in: 1...20), Gen.uint64(in: 0...UInt64.max)) { n, seed in
            let rng = RandomSource(seed: seed)
            let a = Matrix(rows: n, columns: n, storage: (0..<(n * n)).map { _ in rng.uniform(-1, 1) })
            let e = try EigenDecomposition(a)
            #expect(e.eigenvalues.count == n)
            let bound = 50 * Double(n) * Double.ulpOfOne * max(a.infinityNorm, Double.leastNormalMagnitude)
            for j in 0..<n {
                let v = e.eigenvectors[j]
                let norm = v.reduce(0) { $0 + $1.magnitude * $1.magnitude }.squareRoot()
                #expect(abs(norm - 1) <= 8 * Double(n) * Double.ulpOfOne)
                #expect(eigenResidual(a, e.eigenvalues[j], v) <= bound)
            }
            // Sorted by decreasing magnitude.
            for j in 1..<n { #expect(e.eigenvalues[j - 1].magnitude >= e.eigenvalues[j].magnitude) }
            // The eigenvalues sum to the trace (imaginary parts cancel in conjugate pairs).
            var trace = 0.0
            for i in 0..<n { trace += a[i, i] }
            let sumRe = e.eigenvalues.reduce(0) { $0 + $1.real }, sumIm = e.eigenvalues.reduce(0) { $0 + $1.imaginary }
            #expect(abs(sumRe - trace) <= bound * Double(n) && abs(sumIm) <= bound * Double(n))
        }
    }

    /// The rotation by θ, [[cos θ, −sin θ], [sin θ, cos θ]], has the complex pair cos θ ± i sin θ
    /// (characteristic polynomial λ² − 2cos θ λ + 1), both of modulus 1.
    @Test(arguments: [0.3, 1.0, 2.0, 3.0])
    func rotationHasComplexPair(theta: Double) throws {
        let c = cos(theta), s = sin(theta)
        let a = Matrix(rows: 2, columns: 2, storage: [c, -s, s, c])
        let e = try EigenDecomposition(a)
        let tol = 16 * Double.ulpOfOne
        for lambda in e.eigenvalues {
            #expect(abs(lambda.real - c) <= tol)
            #expect(abs(abs(lambda.imaginary) - s) <= tol)
            #expect(abs(lambda.magnitude - 1) <= tol)
        }
        // One of each sign: a conjugate pair.
        #expect(e.eigenvalues[0].imaginary * e.eigenvalues[1].imaginary < 0)
        for j in 0..<2 { #expect(eigenResidual(a, e.eigenvalues[j], e.eigenvectors[j]) <= tol) }
    }

    /// [[2, 1], [1, 2]] has eigenvalues 3 (vector (1, 1)/√2) and 1 (vector (1, −1)/√2).
    @Test func symmetricTwoByTwo() throws {
        let e = try EigenDecomposition(Matrix(rows: 2, columns: 2, storage: [2, 1, 1, 2]))
        #expect(abs(e.eigenvalues[0].real - 3) <= 8 * Double.ulpOfOne && e.eigenvalues[0].imaginary == 0)
        #expect(abs(e.eigenvalues[1].real - 1) <= 8 * Double.ulpOfOne && e.eigenvalues[1].imaginary == 0)
        let v = e.eigenvectors[0]
        #expect(abs(abs(v[0].real) - 0.5.squareRoot()) <= 8 * Double.ulpOfOne)
        #expect(abs(v[0].real - v[1].real) <= 8 * Double.ulpOfOne)
    }
}
