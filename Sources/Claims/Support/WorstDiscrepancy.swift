/// The largest |lhs − rhs| over the comparisons of one identity, with both sides and the label of
/// the entry where it occurs, so that an identity checked entry by entry is reported as one
/// `Measurement` at its worst entry. A NaN side never becomes the worst (the comparison is false).
struct WorstDiscrepancy {
    private(set) var gap = -1.0
    private(set) var lhs = 0.0
    private(set) var rhs = 0.0
    private(set) var label = ""

    /// Compares one entry; returns whether it is the new worst (the label is only built then).
    @discardableResult
    mutating func record(_ lhs: Double, _ rhs: Double, _ label: @autoclosure () -> String) -> Bool {
        let d = abs(lhs - rhs)
        guard d > gap else { return false }
        gap = d
        self.lhs = lhs
        self.rhs = rhs
        self.label = label()
        return true
    }

    /// lhs == rhs at the worst entry, labelled by that entry unless `label` is given.
    func measurement(_ label: String? = nil, tolerance: Tolerance) -> Measurement {
        Measurement(label ?? self.label, lhs: lhs, .equal, rhs: rhs, tolerance: tolerance)
    }
}
