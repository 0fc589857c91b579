import Foundation

/// How `notebook verify` compares a recorded output line with the line printed now: token by
/// token, numbers within a relative tolerance, the rest exactly (runs of spaces count as one, so
/// a table whose column widens with a longer number still matches). Lines that carry a timing
/// are marked when recorded and skipped.
public enum OutputComparison {
    /// The mark appended to recorded lines that carry a timing.
    public static let timingMark = "# timing"

    /// Whether `line` reports a duration (`elapsed …`, `1.2 s`, `35 ms`, `2 min`, `1m05s`).
    public static func carriesTiming(_ line: String) -> Bool {
        timing.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }

    /// `line` as recorded: with the timing mark when it carries a timing.
    public static func recorded(_ line: String) -> String {
        carriesTiming(line) && !isMarked(line) ? line + "  " + timingMark : line
    }

    static func isMarked(_ line: String) -> Bool { line.hasSuffix(timingMark) }

    private static let timing = try! NSRegularExpression(
        pattern: #"\belapsed\b|\b\d+(\.\d+)?\s?(ms|s|min)\b|\b\d+m\d+(\.\d+)?s\b"#)
    private static let number = try! NSRegularExpression(
        pattern: #"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"#)

    enum Token: Equatable {
        case text(String)
        case number(Double, String)
    }

    /// Numbers and the text between them, after collapsing runs of spaces and trimming the ends.
    static func tokens(_ line: String) -> [Token] {
        let normalized = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") as NSString
        var out: [Token] = []
        var position = 0
        for m in number.matches(in: normalized as String, range: NSRange(location: 0, length: normalized.length)) {
            if m.range.location > position {
                out.append(.text(normalized.substring(with: NSRange(location: position, length: m.range.location - position))))
            }
            let s = normalized.substring(with: m.range)
            out.append(.number(Double(s) ?? .nan, s))
            position = m.range.location + m.range.length
        }
        if position < normalized.length { out.append(.text(normalized.substring(from: position))) }
        return out
    }

    /// Why `now` does not match `recorded` within `tolerance`, or nil when it does. A recorded
    /// line marked as a timing matches any line.
    public static func mismatch(recorded: String, now: String, tolerance: NumericTolerance) -> String? {
        if isMarked(recorded) { return nil }
        let a = tokens(recorded), b = tokens(now)
        for (x, y) in zip(a, b) {
            switch (x, y) {
            case (.number(let u, let su), .number(let v, let sv)):
                if !tolerance.accepts(u, v) {
                    let difference = abs(u - v), scale = max(abs(u), abs(v))
                    return "\(su) became \(sv): difference \(String(format: "%.2e", difference)), relative \(String(format: "%.2e", difference / scale)), beyond the \(tolerance)"
                }
            case (.text(let s), .text(let t)) where s == t:
                continue
            default:
                return "the text differs"
            }
        }
        return a.count == b.count ? nil : "the text differs"
    }
}
