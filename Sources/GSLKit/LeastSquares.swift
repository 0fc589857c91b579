import CGSL

/// A straight-line fit y ≈ intercept + slope·x by ordinary least squares (GSL `gsl_fit_linear`),
/// with standard errors estimated from the scatter about the line.
public struct LineFit: Sendable {
    public let slope: Double
    public let intercept: Double
    public let slopeStandardError: Double
    public let interceptStandardError: Double
    /// Σ residuals².
    public let residualSumOfSquares: Double
    /// Points minus parameters (n − 2).
    public let degreesOfFreedom: Int

    /// The two-sided Student-t confidence interval for the slope at `level` (e.g. 0.95).
    public func slopeInterval(level: Double = 0.95) -> ClosedRange<Double> {
        let t = Special.studentTQuantile(0.5 + level / 2, degreesOfFreedom: Double(max(degreesOfFreedom, 1)))
        let half = t * slopeStandardError
        return (slope - half)...(slope + half)
    }

    /// Fits a line through (xᵢ, yᵢ). Precondition: at least 3 points (so one degree of freedom
    /// remains for the error estimate) and not all xᵢ equal.
    public init(x: [Double], y: [Double]) throws(GSLError) {
        precondition(x.count == y.count && x.count >= 3, "LineFit: needs ≥ 3 paired points, got \(x.count)/\(y.count)")
        GSLRuntime.prepare()
        var c0 = 0.0, c1 = 0.0, cov00 = 0.0, cov01 = 0.0, cov11 = 0.0, sumsq = 0.0
        let status = x.withUnsafeBufferPointer { xb in
            y.withUnsafeBufferPointer { yb in
                gsl_fit_linear(xb.baseAddress, 1, yb.baseAddress, 1, x.count, &c0, &c1, &cov00, &cov01, &cov11, &sumsq)
            }
        }
        try GSLRuntime.check(status, "gsl_fit_linear")
        intercept = c0
        slope = c1
        interceptStandardError = cov00.squareRoot()
        slopeStandardError = cov11.squareRoot()
        residualSumOfSquares = sumsq
        degreesOfFreedom = x.count - 2
    }
}

/// A general linear least-squares fit y ≈ X c (GSL `gsl_multifit_linear`, SVD-based).
public struct LinearLeastSquares: Sendable {
    public let coefficients: [Double]
    /// σ̂²(XᵀX)⁻¹, with σ̂² the residual variance.
    public let covariance: Matrix
    /// Σ residuals².
    public let residualSumOfSquares: Double

    /// Standard errors √diag(covariance).
    public var standardErrors: [Double] { (0..<coefficients.count).map { covariance[$0, $0].squareRoot() } }

    /// Fits `design` (n × p, n > p) to `y` (length n).
    public init(design: Matrix, y: [Double]) throws(GSLError) {
        let n = design.rows, p = design.columns
        precondition(y.count == n && n > p && p >= 1, "LinearLeastSquares: \(n)×\(p) design, \(y.count) observations")
        GSLRuntime.prepare()
        var c = [Double](repeating: 0, count: p)
        var cov = [Double](repeating: 0, count: p * p)
        var chisq = 0.0
        var xs = design.storage
        var ys = y
        let status: Int32 = xs.withUnsafeMutableBufferPointer { xb in
            ys.withUnsafeMutableBufferPointer { yb in
                c.withUnsafeMutableBufferPointer { cb in
                    cov.withUnsafeMutableBufferPointer { vb in
                        var xv = gsl_matrix_view_array(xb.baseAddress, n, p)
                        var yv = gsl_vector_view_array(yb.baseAddress, n)
                        var cv = gsl_vector_view_array(cb.baseAddress, p)
                        var covv = gsl_matrix_view_array(vb.baseAddress, p, p)
                        let work = gsl_multifit_linear_alloc(n, p)!
                        defer { gsl_multifit_linear_free(work) }
                        return gsl_multifit_linear(&xv.matrix, &yv.vector, &cv.vector, &covv.matrix, &chisq, work)
                    }
                }
            }
        }
        try GSLRuntime.check(status, "gsl_multifit_linear")
        // GSL already returns σ̂²(XᵀX)⁻¹ with σ̂² = χ²/(n − p) (GSL manual, "Multi-parameter
        // regression"), so the covariance is used as it is.
        coefficients = c
        covariance = Matrix(rows: p, columns: p, storage: cov)
        residualSumOfSquares = chisq
    }
}
