/// Serialises a `JSONValue` deterministically: keys in their stored order, numbers in Swift's
/// shortest round-trip form (integral values without a fraction), arrays of scalars on one line.
public enum JSONWriter {
    /// Pretty text (two-space indent) ending in a newline.
    public static func pretty(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out.append("\n")
        return out
    }

    /// One-line text (for JSON Lines).
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        writeCompact(value, into: &out)
        return out
    }

    /// The text of a finite number: `3` for integral values up to 2⁵³, otherwise the shortest
    /// decimal that reads back to the same double.
    public static func format(_ x: Double) -> String {
        precondition(x.isFinite, "JSONWriter.format: \(x) is not finite; use JSONValue.real")
        if x == x.rounded(), abs(x) < 9_007_199_254_740_992 {
            return x == 0 && x.sign == .minus ? "-0" : String(Int64(x))
        }
        return "\(x)"
    }

    private static func isScalar(_ v: JSONValue) -> Bool {
        switch v {
        case .array, .object: false
        default: true
        }
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .array(let a) where a.allSatisfy(isScalar):
            writeCompact(value, into: &out)
        case .array(let a):
            out.append("[\n")
            for (k, v) in a.enumerated() {
                out.append(String(repeating: " ", count: indent + 2))
                write(v, indent: indent + 2, into: &out)
                out.append(k + 1 < a.count ? ",\n" : "\n")
            }
            out.append(String(repeating: " ", count: indent) + "]")
        case .object(let o) where o.keys.isEmpty:
            out.append("{}")
        case .object(let o):
            out.append("{\n")
            let entries = o.entries
            for (k, e) in entries.enumerated() {
                out.append(String(repeating: " ", count: indent + 2))
                writeString(e.key, into: &out)
                out.append(": ")
                write(e.value, indent: indent + 2, into: &out)
                out.append(k + 1 < entries.count ? ",\n" : "\n")
            }
            out.append(String(repeating: " ", count: indent) + "}")
        default:
            writeCompact(value, into: &out)
        }
    }

    private static func writeCompact(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let x): out.append(format(x))
        case .string(let s): writeString(s, into: &out)
        case .array(let a):
            out.append("[")
            for (k, v) in a.enumerated() {
                if k > 0 { out.append(", ") }
                writeCompact(v, into: &out)
            }
            out.append("]")
        case .object(let o):
            out.append("{")
            for (k, e) in o.entries.enumerated() {
                if k > 0 { out.append(", ") }
                writeString(e.key, into: &out)
                out.append(": ")
                writeCompact(e.value, into: &out)
            }
            out.append("}")
        }
    }

    private static func writeString(_ s: String, into out: inout String) {
        out.append("\"")
        for u in s.unicodeScalars {
            switch u {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case _ where u.value < 0x20:
                let hex = String(u.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(u)
            }
        }
        out.append("\"")
    }
}
