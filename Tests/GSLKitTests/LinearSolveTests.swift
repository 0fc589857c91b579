import CGSL
import Foundation
import GSLKit
import PropertyBased
import Testing

/// A dense n × n matrix with independent uniform(−1, 1) entries plus n on the diagonal, so that
/// it is strictly diagonally dominant (hence nonsingular, κ_∞ = O(1)), drawn from `seed`.
private func diagonallyDominantMatrix(_ n: Int, seed: UInt64) -> Matrix {
    let rng = RandomSource(seed: seed)
    var a = Matrix(rows: n, columns: n)
    for i in 0..<n { for j in 0..<n { a[i, j] = rng.uniform(-1, 1) } }
    for i in 0..<n { a[i, i] += Double(n) }
    return a
}

/// A dense n × n matrix with independent uniform(−1, 1) entries (nonsingular with probability 1,
/// κ_∞ typically O(n) to O(n²)).
private func uniformMatrix(_ n: Int, seed: UInt64) -> Matrix {
    let rng = RandomSource(seed: seed)
    var a = Matrix(rows: n, columns: n)
    for i in 0..<n { for j in 0..<n { a[i, j] = rng.uniform(-1, 1) } }
    return a
}

@Suite struct LinearSolveTests {
    /// Gaussian elimination with partial pivoting is backward stable: the computed x̂ solves
    /// (A + δA) x̂ = b with ‖δA‖_∞ ≤ γ_{3n} ρ_n ‖A‖_∞ (Higham, *Accuracy and Stability of Numerical
    /// Algorithms*, 2nd ed., Thm 9.5), so ‖A x̂ − b‖_∞ ≤ 3n ε ρ_n ‖A‖_∞ ‖x̂‖_∞ to first order.
    /// The growth factor ρ_n of random matrices of these sizes is below n^{2/3} < 4 in practice;
    /// the bound used is 12 n ε ‖A‖_∞ ‖x̂‖_∞ (+ ε‖b‖_∞ for rounding of the residual itself).
    @Test func residualIsBackwardStable() async throws {
        await propertyCheck(count: 60, input: Gen.int(in: 1...40), Gen.uint64(in: 0...UInt64.max)) { n, seed in
            let a = uniformMatrix(n, seed: seed)
            let rng = RandomSource(seed: seed ^ 0x5eed)
            let b = (0..<n).map { _ in rng.uniform(-1, 1) }
            let s = try a.solve(b)
            let bound = 12 * Double(n) * Double.ulpOfOne * a.infinityNorm * Vector.infinityNorm(s.x)
                + Double.ulpOfOne * Vector.infinityNorm(b)
            #expect(s.residualNorm <= bound, "n = \(n): residual \(s.residualNorm) > \(bound)")
            // The residual is recomputed from A and b, not taken from the solver.
            let r = Vector.difference(a.times(s.x), b)
            #expect(s.residualNorm == Vector.infinityNorm(r))
        }
    }

    /// Forward error: ‖x̂ − x‖_∞/‖x‖_∞ ≤ κ_∞(A) · ‖A x̂ − b‖_∞ / ‖b‖_∞ (standard perturbation bound,
    /// exact up to the rounding of b = A x itself, which adds κ_∞ · n ε).
    @Test func forwardErrorWithinConditionBound() async throws {
        await propertyCheck(count: 40, input: Gen.int(in: 2...30), Gen.uint64(in: 0...UInt64.max)) { n, seed in
            let a = diagonallyDominantMatrix(n, seed: seed)
            let rng = RandomSource(seed: seed ^ 0xf00d)
            let x = (0..<n).map { _ in rng.uniform(-1, 1) }
            let b = a.times(x)
            let s = try a.solve(b, withCondition: true)
            let kappa = try #require(s.conditionNumber)
            let forward = Vector.infinityNorm(Vector.difference(s.x, x)) / Vector.infinityNorm(x)
            let bound = kappa * (s.residualNorm / Vector.infinityNorm(b) + Double(n) * Double.ulpOfOne)
            #expect(forward <= bound)
        }
    }

    /// A = [[1, 2], [3, 4]]: ‖A‖_∞ = max(1+2, 3+4) = 7; A⁻¹ = (1/(1·4 − 2·3)) [[4, −2], [−3, 1]]
    /// = [[−2, 1], [1.5, −0.5]], ‖A⁻¹‖_∞ = max(3, 2) = 3; κ_∞ = 21.
    @Test func conditionNumberOfHandMadeMatrix() throws {
        let a = Matrix(rows: 2, columns: 2, storage: [1, 2, 3, 4])
        let lu = try LUFactorization(a)
        let inverse = try lu.inverse()
        let expected: [Double] = [-2, 1, 1.5, -0.5]
        for k in 0..<4 { #expect(abs(inverse.storage[k] - expected[k]) <= 8 * Double.ulpOfOne) }
        #expect(abs(try lu.conditionNumber() - 21) <= 21 * 8 * Double.ulpOfOne)
        // x = A⁻¹ (5, 6) = (−2·5 + 6, 1.5·5 − 0.5·6) = (−4, 4.5).
        let s = try lu.solve([5, 6])
        #expect(abs(s.x[0] + 4) <= 16 * Double.ulpOfOne && abs(s.x[1] - 4.5) <= 16 * Double.ulpOfOne)
    }

    /// diag(1, 10⁻⁶) has κ_∞ = 1 · 10⁶ exactly (both inverses are exact in binary up to 1/10⁻⁶).
    @Test func conditionNumberOfDiagonalMatrix() throws {
        let a = Matrix(rows: 2, columns: 2, storage: [1, 0, 0, 1e-6])
        let s = try a.solve([1, 1], withCondition: true)
        let kappa = try #require(s.conditionNumber)
        #expect(abs(kappa - 1e6) <= 1e6 * 4 * Double.ulpOfOne)
    }

    /// [[1, 2], [2, 4]] is singular: partial pivoting takes row 2 as pivot, l = 1/2, and
    /// u₂₂ = 2 − ½·4 = 0 exactly, so the factorisation reports a zero pivot.
    @Test func singularMatrixThrows() {
        let a = Matrix(rows: 2, columns: 2, storage: [1, 2, 2, 4])
        #expect { try a.solve([1, 1]) } throws: { error in
            (error as? GSLError)?.status == Int32(GSL_ESING)
        }
    }

    /// One factorisation serves several right-hand sides; solving against the identity's columns
    /// reproduces the inverse.
    @Test func factorisationReusedForSeveralRightHandSides() throws {
        let n = 6
        let a = diagonallyDominantMatrix(n, seed: 11)
        let lu = try LUFactorization(a)
        let inverse = try lu.inverse()
        for j in 0..<n {
            var e = [Double](repeating: 0, count: n)
            e[j] = 1
            let column = try lu.solve(e).x
            for i in 0..<n {
                // Both are backward-stable computations of A⁻¹e_j; they agree to κ·n·ε·‖A⁻¹‖.
                let tol = 4 * Double(n) * Double.ulpOfOne * (try lu.conditionNumber()) * inverse.infinityNorm
                #expect(abs(column[i] - inverse[i, j]) <= tol)
            }
        }
    }
}

@Suite struct DeterminantTests {
    /// det [[1, 2], [3, 4]] = 1·4 − 2·3 = −2 (pivoting swaps the rows, so the sign comes from P
    /// and U together); det diag(10²⁰⁰, 10²⁰⁰, 10⁻¹⁵⁰) = 10²⁵⁰ overflows as a number but its
    /// logarithm 250 ln 10 does not.
    @Test func logDeterminantAndSign() throws {
        let a = try LUFactorization(Matrix(rows: 2, columns: 2, storage: [1, 2, 3, 4]))
        #expect(a.determinantSign == -1)
        #expect(abs(a.logAbsoluteDeterminant - log(2)) <= 4 * Double.ulpOfOne)
        let big = try LUFactorization(Matrix(rows: 3, columns: 3, storage: [1e200, 0, 0, 0, 1e200, 0, 0, 0, 1e-150]))
        #expect(big.determinantSign == 1)
        #expect(abs(big.logAbsoluteDeterminant - 250 * log(10)) <= 1e-13 * 250 * log(10))
    }

    /// det of a permutation matrix is its sign: the 3-cycle [[0,1,0],[0,0,1],[1,0,0]] is even (+1),
    /// the transposition [[0,1,0],[1,0,0],[0,0,1]] odd (−1); ln|det| = 0 for both.
    @Test func permutationMatrices() throws {
        let cycle = try LUFactorization(Matrix(rows: 3, columns: 3, storage: [0, 1, 0, 0, 0, 1, 1, 0, 0]))
        let swap = try LUFactorization(Matrix(rows: 3, columns: 3, storage: [0, 1, 0, 1, 0, 0, 0, 0, 1]))
        #expect(cycle.determinantSign == 1 && swap.determinantSign == -1)
        #expect(cycle.logAbsoluteDeterminant == 0 && swap.logAbsoluteDeterminant == 0)
    }
}
