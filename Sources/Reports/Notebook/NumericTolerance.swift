/// How far a recorded number may move before `notebook verify` calls it changed:
/// |a − b| ≤ max(relative · max(|a|, |b|), absolute). The absolute part lets round-off-sized
/// numbers (a residual of 3e-17 that becomes 6e-17) count as unchanged.
public struct NumericTolerance: Sendable, Equatable, CustomStringConvertible {
    public let relative: Double
    public let absolute: Double

    public init(relative: Double, absolute: Double = 0) {
        self.relative = relative
        self.absolute = absolute
    }

    /// Exact comparison.
    public static let exact = NumericTolerance(relative: 0)

    public func accepts(_ a: Double, _ b: Double) -> Bool {
        if a == b { return true }
        return abs(a - b) <= max(relative * max(abs(a), abs(b)), absolute)
    }

    public var description: String {
        absolute > 0 ? "relative tolerance \(relative), absolute \(absolute)" : "relative tolerance \(relative)"
    }
}
