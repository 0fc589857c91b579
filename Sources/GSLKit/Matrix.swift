import CGSL

/// A dense real matrix stored row-major in one contiguous `[Double]`.
///
/// `Matrix` is a value type; the GSL routines see its storage through `gsl_matrix_view_array`
/// with no copy.
public struct Matrix: Equatable, Sendable {
    public let rows: Int
    public let columns: Int
    /// Row-major entries: element (i, j) is `storage[i * columns + j]`.
    public var storage: [Double]

    /// A matrix over existing row-major entries. Precondition: `storage.count == rows * columns`.
    public init(rows: Int, columns: Int, storage: [Double]) {
        precondition(rows >= 0 && columns >= 0 && storage.count == rows * columns,
                     "Matrix: \(storage.count) entries for a \(rows)×\(columns) matrix")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// The `rows × columns` matrix with every entry `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.init(rows: rows, columns: columns, storage: Array(repeating: value, count: rows * columns))
    }

    /// The `n × n` identity.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m.storage[i * n + i] = 1 }
        return m
    }

    public subscript(i: Int, j: Int) -> Double {
        get { storage[i * columns + j] }
        set { storage[i * columns + j] = newValue }
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] { Array(storage[(i * columns)..<((i + 1) * columns)]) }

    /// The transpose.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for i in 0..<rows { for j in 0..<columns { t.storage[j * rows + i] = storage[i * columns + j] } }
        return t
    }

    /// `self · x`, by BLAS `dgemv`. Complexity O(rows · columns).
    public func times(_ x: [Double]) -> [Double] {
        precondition(x.count == columns, "Matrix.times: vector of length \(x.count), \(columns) columns")
        var y = [Double](repeating: 0, count: rows)
        guard rows > 0, columns > 0 else { return y }
        storage.withUnsafeBufferPointer { a in
            x.withUnsafeBufferPointer { xv in
                y.withUnsafeMutableBufferPointer { yv in
                    cblas_dgemv(CblasRowMajor, CblasNoTrans, Int32(rows), Int32(columns), 1,
                                a.baseAddress, Int32(columns), xv.baseAddress, 1, 0, yv.baseAddress, 1)
                }
            }
        }
        return y
    }

    /// `xᵀ · self`, by BLAS `dgemv` on the transpose.
    public func leftTimes(_ x: [Double]) -> [Double] {
        precondition(x.count == rows, "Matrix.leftTimes: vector of length \(x.count), \(rows) rows")
        var y = [Double](repeating: 0, count: columns)
        guard rows > 0, columns > 0 else { return y }
        storage.withUnsafeBufferPointer { a in
            x.withUnsafeBufferPointer { xv in
                y.withUnsafeMutableBufferPointer { yv in
                    cblas_dgemv(CblasRowMajor, CblasTrans, Int32(rows), Int32(columns), 1,
                                a.baseAddress, Int32(columns), xv.baseAddress, 1, 0, yv.baseAddress, 1)
                }
            }
        }
        return y
    }

    /// `self · other`, by BLAS `dgemm`.
    public func times(_ other: Matrix) -> Matrix {
        precondition(columns == other.rows, "Matrix.times: \(rows)×\(columns) · \(other.rows)×\(other.columns)")
        var c = Matrix(rows: rows, columns: other.columns)
        guard rows > 0, other.columns > 0, columns > 0 else { return c }
        storage.withUnsafeBufferPointer { a in
            other.storage.withUnsafeBufferPointer { b in
                c.storage.withUnsafeMutableBufferPointer { cv in
                    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(rows), Int32(other.columns),
                                Int32(columns), 1, a.baseAddress, Int32(columns), b.baseAddress,
                                Int32(other.columns), 0, cv.baseAddress, Int32(other.columns))
                }
            }
        }
        return c
    }

    /// The induced ∞-norm (maximum absolute row sum).
    public var infinityNorm: Double {
        var best = 0.0
        for i in 0..<rows {
            var s = 0.0
            for j in 0..<columns { s += abs(storage[i * columns + j]) }
            best = max(best, s)
        }
        return best
    }

    /// Runs `body` with a GSL view of a mutable copy of the storage.
    func withMutableGSLView<R>(_ body: (UnsafeMutablePointer<gsl_matrix>) throws -> R) rethrows -> (R, [Double]) {
        var copy = storage
        let r = try copy.withUnsafeMutableBufferPointer { buf -> R in
            var view = gsl_matrix_view_array(buf.baseAddress, rows, columns)
            return try withUnsafeMutablePointer(to: &view.matrix) { try body($0) }
        }
        return (r, copy)
    }
}

/// Vector helpers on `[Double]`.
public enum Vector {
    /// ‖x‖_∞.
    public static func infinityNorm(_ x: [Double]) -> Double { x.reduce(0) { max($0, abs($1)) } }

    /// ‖x‖₁.
    public static func oneNorm(_ x: [Double]) -> Double { x.reduce(0) { $0 + abs($1) } }

    /// ‖x‖₂, scaled to avoid overflow.
    public static func twoNorm(_ x: [Double]) -> Double {
        let scale = infinityNorm(x)
        guard scale > 0, scale.isFinite else { return scale }
        return scale * x.reduce(0) { $0 + ($1 / scale) * ($1 / scale) }.squareRoot()
    }

    /// Σ_i x_i y_i.
    public static func dot(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "Vector.dot: lengths \(x.count) and \(y.count)")
        var s = 0.0
        for i in x.indices { s += x[i] * y[i] }
        return s
    }

    /// x − y.
    public static func difference(_ x: [Double], _ y: [Double]) -> [Double] {
        precondition(x.count == y.count, "Vector.difference: lengths \(x.count) and \(y.count)")
        return zip(x, y).map { $0 - $1 }
    }

    /// Sum with Neumaier compensation, accurate to a few ulps of the largest partial sum.
    public static func compensatedSum(_ x: [Double]) -> Double {
        var sum = 0.0, c = 0.0
        for v in x {
            let t = sum + v
            if abs(sum) >= abs(v) { c += (sum - t) + v } else { c += (v - t) + sum }
            sum = t
        }
        return sum + c
    }
}
