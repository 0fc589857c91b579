import Foundation

/// Numbers as a report prints them: six significant digits in the ordinary range, scientific
/// notation outside it, and `nan`, `+inf`, `-inf` spelt out.
public enum ReportNumber {
    public static func text(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "+inf" : "-inf" }
        if x == 0 { return "0" }
        let a = abs(x)
        return a >= 1e-3 && a < 1e6 ? String(format: "%.6g", x) : String(format: "%.4e", x)
    }

    /// `text(x)`, or an em dash for a missing number.
    public static func text(_ x: Double?) -> String { x.map { text($0) } ?? "—" }
}
