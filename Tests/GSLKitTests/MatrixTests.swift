import GSLKit
import Testing

@Suite struct MatrixTests {
    /// [[1, 2, 3], [4, 5, 6]] · (1, 0, −1) = (1 − 3, 4 − 6) = (−2, −2); (1, 1)ᵀ · M = (5, 7, 9).
    @Test func matrixVectorProducts() {
        let m = Matrix(rows: 2, columns: 3, storage: [1, 2, 3, 4, 5, 6])
        #expect(m.times([1, 0, -1]) == [-2, -2])
        #expect(m.leftTimes([1, 1]) == [5, 7, 9])
        #expect(m.transposed == Matrix(rows: 3, columns: 2, storage: [1, 4, 2, 5, 3, 6]))
        #expect(m.row(1) == [4, 5, 6])
        #expect(m.infinityNorm == 15)
    }

    /// [[1, 2], [3, 4]] · [[0, 1], [1, 0]] swaps the columns: [[2, 1], [4, 3]]; I · M = M.
    @Test func matrixProduct() {
        let m = Matrix(rows: 2, columns: 2, storage: [1, 2, 3, 4])
        let swap = Matrix(rows: 2, columns: 2, storage: [0, 1, 1, 0])
        #expect(m.times(swap) == Matrix(rows: 2, columns: 2, storage: [2, 1, 4, 3]))
        #expect(Matrix.identity(2).times(m) == m)
    }

    /// ‖(3, 4)‖₂ = 5, also at scales where the naive Σx² overflows (10³⁰⁰) or underflows (10⁻³⁰⁰).
    @Test func twoNormIsScaled() {
        #expect(Vector.twoNorm([3, 4]) == 5)
        #expect(abs(Vector.twoNorm([3e300, 4e300]) / 5e300 - 1) <= 2 * Double.ulpOfOne)
        #expect(abs(Vector.twoNorm([3e-300, 4e-300]) / 5e-300 - 1) <= 2 * Double.ulpOfOne)
        #expect(Vector.oneNorm([1, -2, 3]) == 6)
        #expect(Vector.dot([1, 2, 3], [4, 5, 6]) == 32)
    }

    /// 1 + 10¹⁰⁰ − 10¹⁰⁰ = 1: a naive left-to-right sum gives 0, the compensated sum keeps the 1.
    @Test func compensatedSumKeepsSmallTerms() {
        #expect(Vector.compensatedSum([1, 1e100, -1e100]) == 1)
    }
}
