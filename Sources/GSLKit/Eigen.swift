import CGSL

/// A complex number as GSL returns it (real and imaginary parts).
public struct ComplexValue: Equatable, Sendable {
    public var real: Double
    public var imaginary: Double
    public init(real: Double, imaginary: Double) { self.real = real; self.imaginary = imaginary }
    /// |z|.
    public var magnitude: Double { (real * real + imaginary * imaginary).squareRoot() }
}

/// The eigen-decomposition of a real nonsymmetric matrix (GSL `gsl_eigen_nonsymmv`):
/// A vⱼ = λⱼ vⱼ, eigenvalues sorted by decreasing magnitude.
public struct EigenDecomposition: Sendable {
    public let eigenvalues: [ComplexValue]
    /// Column j is the eigenvector of eigenvalue j, normalised to unit Euclidean norm by GSL;
    /// `eigenvectors[j][i]` is its i-th component.
    public let eigenvectors: [[ComplexValue]]

    public init(_ a: Matrix) throws(GSLError) {
        precondition(a.rows == a.columns, "EigenDecomposition: \(a.rows)×\(a.columns) is not square")
        GSLRuntime.prepare()
        let n = a.rows
        let eval = gsl_vector_complex_alloc(n)!, evec = gsl_matrix_complex_alloc(n, n)!
        defer { gsl_vector_complex_free(eval); gsl_matrix_complex_free(evec) }
        let (status, _) = a.withMutableGSLView { m -> Int32 in
            let work = gsl_eigen_nonsymmv_alloc(n)!
            defer { gsl_eigen_nonsymmv_free(work) }
            let s = gsl_eigen_nonsymmv(m, eval, evec, work)
            if s == GSL_SUCCESS { gsl_eigen_nonsymmv_sort(eval, evec, GSL_EIGEN_SORT_ABS_DESC) }
            return s
        }
        try GSLRuntime.check(status, "gsl_eigen_nonsymmv")
        eigenvalues = (0..<n).map { j in
            let z = gsl_vector_complex_get(eval, j)
            return ComplexValue(real: z.dat.0, imaginary: z.dat.1)
        }
        eigenvectors = (0..<n).map { j in
            (0..<n).map { i in
                let z = gsl_matrix_complex_get(evec, i, j)
                return ComplexValue(real: z.dat.0, imaginary: z.dat.1)
            }
        }
    }
}
