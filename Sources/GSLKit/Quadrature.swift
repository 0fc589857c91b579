import CGSL

/// An integral's value with GSL's estimate of its absolute error.
public struct QuadratureResult: Sendable {
    public let value: Double
    public let absoluteError: Double
}

/// Adaptive integration by GSL's QUADPACK routines, with the error estimate reported.
///
/// Tolerances are GSL's: the routine stops when |error| ≤ max(absoluteTolerance,
/// relativeTolerance·|value|); a failure to reach them is a thrown `GSLError`.
public enum Quadrature {
    /// Tolerances and workspace size for the adaptive routines.
    public struct Settings: Sendable {
        public var absoluteTolerance: Double
        public var relativeTolerance: Double
        public var subintervalLimit: Int
        public init(absoluteTolerance: Double = 0, relativeTolerance: Double = 1e-11, subintervalLimit: Int = 2000) {
            self.absoluteTolerance = absoluteTolerance
            self.relativeTolerance = relativeTolerance
            self.subintervalLimit = subintervalLimit
        }
    }

    private final class Integrand {
        let f: (Double) -> Double
        init(_ f: @escaping (Double) -> Double) { self.f = f }
    }

    private static func run(
        _ f: @escaping (Double) -> Double, _ settings: Settings, _ routine: String,
        _ call: (UnsafeMutablePointer<gsl_function>, UnsafeMutablePointer<gsl_integration_workspace>,
                 inout Double, inout Double) -> Int32
    ) throws(GSLError) -> QuadratureResult {
        GSLRuntime.prepare()
        let box = Integrand(f)
        let workspace = gsl_integration_workspace_alloc(settings.subintervalLimit)!
        defer { gsl_integration_workspace_free(workspace) }
        var fn = gsl_function(
            function: { x, p in Unmanaged<Integrand>.fromOpaque(p!).takeUnretainedValue().f(x) },
            params: Unmanaged.passUnretained(box).toOpaque())
        var value = 0.0, error = 0.0
        let status = withExtendedLifetime(box) { call(&fn, workspace, &value, &error) }
        try GSLRuntime.check(status, routine)
        return QuadratureResult(value: value, absoluteError: error)
    }

    /// ∫_a^b f by QAGS (adaptive with extrapolation; tolerates integrable end-point singularities).
    public static func integrate(_ f: @escaping (Double) -> Double, from a: Double, to b: Double,
                                 settings: Settings = Settings()) throws(GSLError) -> QuadratureResult {
        try run(f, settings, "gsl_integration_qags") { fn, w, v, e in
            gsl_integration_qags(fn, a, b, settings.absoluteTolerance, settings.relativeTolerance,
                                 settings.subintervalLimit, w, &v, &e)
        }
    }

    /// ∫_a^∞ f by QAGIU.
    public static func integrate(_ f: @escaping (Double) -> Double, fromLowerBound a: Double,
                                 settings: Settings = Settings()) throws(GSLError) -> QuadratureResult {
        try run(f, settings, "gsl_integration_qagiu") { fn, w, v, e in
            gsl_integration_qagiu(fn, a, settings.absoluteTolerance, settings.relativeTolerance,
                                  settings.subintervalLimit, w, &v, &e)
        }
    }

    /// ∫_{−∞}^b f by QAGIL.
    public static func integrate(_ f: @escaping (Double) -> Double, toUpperBound b: Double,
                                 settings: Settings = Settings()) throws(GSLError) -> QuadratureResult {
        try run(f, settings, "gsl_integration_qagil") { fn, w, v, e in
            gsl_integration_qagil(fn, b, settings.absoluteTolerance, settings.relativeTolerance,
                                  settings.subintervalLimit, w, &v, &e)
        }
    }

    /// ∫_{−∞}^{∞} f by QAGI.
    public static func integrateOverReals(_ f: @escaping (Double) -> Double,
                                          settings: Settings = Settings()) throws(GSLError) -> QuadratureResult {
        try run(f, settings, "gsl_integration_qagi") { fn, w, v, e in
            gsl_integration_qagi(fn, settings.absoluteTolerance, settings.relativeTolerance,
                                 settings.subintervalLimit, w, &v, &e)
        }
    }

    /// ∫_a^b f with break points (QAGP): use where f has known kinks or jumps inside (a, b).
    public static func integrate(_ f: @escaping (Double) -> Double, breakpoints: [Double],
                                 settings: Settings = Settings()) throws(GSLError) -> QuadratureResult {
        precondition(breakpoints.count >= 2, "Quadrature.integrate(breakpoints:): needs both end points")
        var pts = breakpoints
        return try run(f, settings, "gsl_integration_qagp") { fn, w, v, e in
            pts.withUnsafeMutableBufferPointer { p in
                gsl_integration_qagp(fn, p.baseAddress, p.count, settings.absoluteTolerance,
                                     settings.relativeTolerance, settings.subintervalLimit, w, &v, &e)
            }
        }
    }
}

/// A fixed n-point Gauss–Legendre rule on [a, b] (GSL `gsl_integration_glfixed_table`):
/// exact for polynomials of degree ≤ 2n − 1.
public struct GaussLegendreRule: Equatable, Sendable {
    public let nodes: [Double]
    public let weights: [Double]
    public let lowerBound: Double
    public let upperBound: Double

    /// Number of nodes n.
    public var pointCount: Int { nodes.count }
    /// The polynomial degree integrated exactly, 2n − 1.
    public var exactDegree: Int { 2 * nodes.count - 1 }

    /// The n-point rule on [a, b]. Precondition: n ≥ 1 and a < b.
    public init(points n: Int, from a: Double, to b: Double) {
        precondition(n >= 1 && a < b, "GaussLegendreRule: \(n) points on [\(a), \(b)]")
        GSLRuntime.prepare()
        let table = gsl_integration_glfixed_table_alloc(n)!
        defer { gsl_integration_glfixed_table_free(table) }
        var x = [Double](repeating: 0, count: n), w = [Double](repeating: 0, count: n)
        for i in 0..<n { gsl_integration_glfixed_point(a, b, i, &x[i], &w[i], table) }
        let order = x.indices.sorted { x[$0] < x[$1] }
        nodes = order.map { x[$0] }
        weights = order.map { w[$0] }
        lowerBound = a
        upperBound = b
    }

    /// Σᵢ wᵢ f(xᵢ).
    public func integrate(_ f: (Double) -> Double) -> Double {
        var s = 0.0
        for i in nodes.indices { s += weights[i] * f(nodes[i]) }
        return s
    }
}
