import CGSL

/// The solution of a square linear system with the evidence of its accuracy.
public struct LinearSolution: Sendable {
    /// The computed x with A x ≈ b.
    public let x: [Double]
    /// ‖A x − b‖_∞, recomputed from the original A and b.
    public let residualNorm: Double
    /// κ_∞(A) = ‖A‖_∞ ‖A⁻¹‖_∞, when requested (O(n³)); `nil` otherwise.
    public let conditionNumber: Double?
}

/// An LU factorisation P A = L U (GSL `gsl_linalg_LU_decomp`), reusable for several right-hand sides.
public struct LUFactorization: Sendable {
    public let original: Matrix
    let lu: [Double]
    let permutation: [Int]
    /// (−1)^(number of row swaps) of P.
    let permutationSign: Int

    /// Factorises `a`. Throws `GSLError` (`GSL_EDOM` for a singular matrix is raised by the solve).
    /// Complexity O(n³).
    public init(_ a: Matrix) throws(GSLError) {
        precondition(a.rows == a.columns, "LUFactorization: \(a.rows)×\(a.columns) is not square")
        GSLRuntime.prepare()
        let n = a.rows
        var perm = [Int](repeating: 0, count: n)
        var status: Int32 = 0
        var signum: Int32 = 0
        let (_, factor) = a.withMutableGSLView { m -> Void in
            let p = gsl_permutation_alloc(n)!
            defer { gsl_permutation_free(p) }
            status = gsl_linalg_LU_decomp(m, p, &signum)
            for i in 0..<n { perm[i] = gsl_permutation_get(p, i) }
        }
        try GSLRuntime.check(status, "gsl_linalg_LU_decomp")
        self.original = a
        self.lu = factor
        self.permutation = perm
        self.permutationSign = Int(signum)
        for i in 0..<n where factor[i * n + i] == 0 {
            throw GSLError(status: Int32(GSL_ESING), routine: "gsl_linalg_LU_decomp (zero pivot at \(i))")
        }
    }

    private func withGSL<R>(_ body: (UnsafePointer<gsl_matrix>, UnsafePointer<gsl_permutation>) -> R) -> R {
        let n = original.rows
        var copy = lu
        return copy.withUnsafeMutableBufferPointer { buf in
            var view = gsl_matrix_view_array(buf.baseAddress, n, n)
            let p = gsl_permutation_alloc(n)!
            defer { gsl_permutation_free(p) }
            let data = p.pointee.data!
            for i in 0..<n { data[i] = permutation[i] }
            return withUnsafePointer(to: &view.matrix) { body($0, p) }
        }
    }

    /// Solves A x = b (GSL `gsl_linalg_LU_solve`) and reports the residual ‖Ax − b‖_∞.
    public func solve(_ b: [Double]) throws(GSLError) -> LinearSolution {
        let n = original.rows
        precondition(b.count == n, "LUFactorization.solve: right-hand side of length \(b.count), n = \(n)")
        var x = [Double](repeating: 0, count: n)
        var rhs = b
        let status: Int32 = withGSL { m, p in
            rhs.withUnsafeMutableBufferPointer { bb in
                x.withUnsafeMutableBufferPointer { xb in
                    var bv = gsl_vector_view_array(bb.baseAddress, n)
                    var xv = gsl_vector_view_array(xb.baseAddress, n)
                    return gsl_linalg_LU_solve(m, p, &bv.vector, &xv.vector)
                }
            }
        }
        try GSLRuntime.check(status, "gsl_linalg_LU_solve")
        let ax = original.times(x)
        var residual = 0.0
        for i in 0..<n { residual = max(residual, abs(ax[i] - b[i])) }
        return LinearSolution(x: x, residualNorm: residual, conditionNumber: nil)
    }

    /// A⁻¹ (GSL `gsl_linalg_LU_invx`). Complexity O(n³).
    public func inverse() throws(GSLError) -> Matrix {
        let n = original.rows
        var copy = lu
        let status: Int32 = copy.withUnsafeMutableBufferPointer { buf in
            var view = gsl_matrix_view_array(buf.baseAddress, n, n)
            let p = gsl_permutation_alloc(n)!
            defer { gsl_permutation_free(p) }
            let data = p.pointee.data!
            for i in 0..<n { data[i] = permutation[i] }
            return gsl_linalg_LU_invx(&view.matrix, p)
        }
        try GSLRuntime.check(status, "gsl_linalg_LU_invx")
        return Matrix(rows: n, columns: n, storage: copy)
    }

    /// ln |det A| = Σᵢ ln |Uᵢᵢ| (det P = ±1, det L = 1), without forming det A, so it neither
    /// overflows nor underflows. Complexity O(n).
    public var logAbsoluteDeterminant: Double {
        let n = original.rows
        var s = 0.0
        for i in 0..<n { s += log(abs(lu[i * n + i])) }
        return s
    }

    /// The sign of det A: det P · Πᵢ sign(Uᵢᵢ) (never 0: a zero pivot throws at factorisation).
    public var determinantSign: Int {
        let n = original.rows
        var sign = permutationSign
        for i in 0..<n where lu[i * n + i] < 0 { sign = -sign }
        return sign
    }

    /// κ_∞(A) = ‖A‖_∞ ‖A⁻¹‖_∞ from the explicit inverse. Complexity O(n³).
    public func conditionNumber() throws(GSLError) -> Double {
        try original.infinityNorm * inverse().infinityNorm
    }
}

extension Matrix {
    /// Solves `self · x = b` by LU with partial pivoting; the residual is always reported, the
    /// condition number κ_∞ when `withCondition` is set (it costs an O(n³) inverse).
    public func solve(_ b: [Double], withCondition: Bool = false) throws(GSLError) -> LinearSolution {
        let lu = try LUFactorization(self)
        let s = try lu.solve(b)
        guard withCondition else { return s }
        return LinearSolution(x: s.x, residualNorm: s.residualNorm, conditionNumber: try lu.conditionNumber())
    }
}
