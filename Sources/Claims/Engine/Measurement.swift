/// The relation a measured left side must bear to the right side.
public enum Relation: String, Sendable, CaseIterable {
    case lessOrEqual = "<="
    case greaterOrEqual = ">="
    case equal = "=="
}

/// A tolerance with the reason for its size (derived from the numerics, never a magic number).
public struct Tolerance: Sendable, Equatable {
    public let value: Double
    public let reason: String

    public init(_ value: Double, _ reason: String) {
        precondition(value >= 0 && !value.isNaN, "Tolerance: \(value)")
        self.value = value
        self.reason = reason
    }

    /// No slack: for statements about exactly representable quantities (counts, signs).
    public static let exact = Tolerance(0, "exact comparison")

    /// k·ε·scale: round-off of a computation of `operations` floating-point steps on numbers of
    /// size `scale` (ε = 2.2e-16).
    public static func roundoff(scale: Double, operations: Int, what: String) -> Tolerance {
        let v = 4 * Double(max(operations, 1)) * Double.ulpOfOne * max(abs(scale), Double.leastNormalMagnitude)
        return Tolerance(v, "round-off of \(what): 4·\(operations)·ε·\(shortNumber(scale))")
    }

    /// The sum of two tolerances, with both reasons.
    public static func + (a: Tolerance, b: Tolerance) -> Tolerance {
        Tolerance(a.value + b.value, "\(a.reason) + \(b.reason)")
    }
}

/// A named number shown beside a claim's two sides (PEPit style: every constant printed).
public struct NamedValue: Sendable, Equatable {
    public let name: String
    public let value: Double
    public init(_ name: String, _ value: Double) { self.name = name; self.value = value }
}

/// One comparison: the measured left side, the right side from the paper's constants, the
/// relation, and the tolerance.
public struct Measurement: Sendable {
    public let label: String
    public let lhs: Double
    public let rhs: Double
    public let relation: Relation
    public let tolerance: Tolerance
    /// The trivial bound on the left side (e.g. NE-gap ≤ Δr/(1−γ)); a bound on the wrong side of
    /// it says nothing (`vacuous`).
    public let trivialBound: Double?

    public init(_ label: String = "", lhs: Double, _ relation: Relation, rhs: Double, tolerance: Tolerance,
                trivialBound: Double? = nil) {
        self.label = label
        self.lhs = lhs
        self.rhs = rhs
        self.relation = relation
        self.tolerance = tolerance
        self.trivialBound = trivialBound
    }

    /// How far the relation holds with room to spare: rhs − lhs for ≤, lhs − rhs for ≥,
    /// −|lhs − rhs| for ==. Negative beyond −tolerance means violated. NaN sides give −∞.
    public var margin: Double {
        let m: Double = switch relation {
        case .lessOrEqual: rhs - lhs
        case .greaterOrEqual: lhs - rhs
        case .equal: -abs(lhs - rhs)
        }
        if m.isNaN { return lhs == rhs ? 0 : -.infinity }
        return m
    }

    /// margin + tolerance ≥ 0.
    public var holds: Bool { margin + tolerance.value >= 0 }

    /// The bound is no better than the trivial one.
    public var isVacuous: Bool {
        guard let t = trivialBound else { return false }
        return switch relation {
        case .lessOrEqual: rhs >= t
        case .greaterOrEqual: rhs <= t
        case .equal: false
        }
    }

    /// (margin + tolerance) relative to the size of the two sides: the objective the
    /// counterexample search drives below zero.
    public var relativeSlack: Double {
        let scale = max(abs(lhs), abs(rhs), tolerance.value, Double.leastNormalMagnitude)
        let s = (margin + tolerance.value) / scale
        return s.isNaN ? -.infinity : s
    }
}

/// A claimed rate y = O(x^p) observed on one instance: the measured y at sizes x.
public struct RateObservation: Sendable {
    /// How the claimed exponent constrains the fitted one.
    public enum Kind: String, Sendable, CaseIterable {
        /// An upper bound y ≲ x^p: consistent when the fitted slope is not significantly above p.
        case atMost = "at-most"
        /// A tight rate y ≍ x^p: consistent when p lies in the slope's interval.
        case exactly
    }

    public let x: [Double]
    public let y: [Double]
    public let claimedExponent: Double
    public let kind: Kind
    /// What x and y are ("K (epochs)", "mean NE-gap²").
    public let xLabel: String
    public let yLabel: String

    public init(x: [Double], y: [Double], claimedExponent: Double, kind: Kind, xLabel: String, yLabel: String) {
        precondition(x.count == y.count, "RateObservation: \(x.count) sizes, \(y.count) values")
        self.x = x
        self.y = y
        self.claimedExponent = claimedExponent
        self.kind = kind
        self.xLabel = xLabel
        self.yLabel = yLabel
    }
}

/// A sequence to plot beside a claim (a bound and the measured quantity against the iteration).
public struct PlotSeries: Sendable, Equatable {
    public let name: String
    public let x: [Double]
    public let y: [Double]
    /// Axis labels.
    public let xLabel: String
    public let yLabel: String
    public init(name: String, x: [Double], y: [Double], xLabel: String, yLabel: String) {
        self.name = name
        self.x = x
        self.y = y
        self.xLabel = xLabel
        self.yLabel = yLabel
    }
}

/// Everything measured on one instance.
public struct Evaluation: Sendable {
    /// The comparisons (one for a plain bound; one per step for a monotone sequence or a bound
    /// checked at every K).
    public var measurements: [Measurement]
    /// For rate claims: the observed series.
    public var rate: RateObservation?
    /// Constants and intermediate quantities, printed side by side with the two sides.
    public var quantities: [NamedValue]
    /// Series to plot.
    public var series: [PlotSeries]
    /// Remarks (which reading, which convention, a hypothesis that failed and why).
    public var notes: [String]

    public init(measurements: [Measurement] = [], rate: RateObservation? = nil, quantities: [NamedValue] = [],
                series: [PlotSeries] = [], notes: [String] = []) {
        self.measurements = measurements
        self.rate = rate
        self.quantities = quantities
        self.series = series
        self.notes = notes
    }

    /// The measurement with the least relative slack (the closest to failing).
    public var worst: Measurement? { measurements.min { $0.relativeSlack < $1.relativeSlack } }
}

func shortNumber(_ x: Double) -> String {
    if x == 0 || !x.isFinite { return "\(x)" }
    let a = abs(x)
    if a >= 1e-3 && a < 1e6 {
        let s = String(format: "%.4g", x)
        return s
    }
    return String(format: "%.3e", x)
}

import Foundation
