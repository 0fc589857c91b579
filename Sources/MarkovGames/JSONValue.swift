/// A JSON document as a value: the one representation every MARLCheck file goes through.
///
/// Objects keep their key order, so written files read in a fixed, documented order and the
/// same value always serialises to the same bytes.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// An object from ordered pairs (later duplicates replace earlier ones).
    public static func object(_ pairs: [(String, JSONValue)]) -> JSONValue {
        var o = JSONObject()
        for (k, v) in pairs { o[k] = v }
        return .object(o)
    }

    /// An array of numbers.
    public static func numbers(_ xs: [Double]) -> JSONValue { .array(xs.map(JSONValue.number)) }

    /// A number, or the strings "+inf", "-inf", "nan" for values JSON cannot hold.
    public static func real(_ x: Double) -> JSONValue {
        if x.isFinite { return .number(x) }
        if x.isNaN { return .string("nan") }
        return .string(x > 0 ? "+inf" : "-inf")
    }

    /// A numeric array that may hold non-finite values (see `real`).
    public static func reals(_ xs: [Double]) -> JSONValue { .array(xs.map(JSONValue.real)) }
}

/// A JSON object with ordered keys.
public struct JSONObject: Equatable, Sendable {
    public private(set) var keys: [String] = []
    private var values: [String: JSONValue] = [:]

    public init() {}

    public subscript(key: String) -> JSONValue? {
        get { values[key] }
        set {
            if let v = newValue {
                if values.updateValue(v, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// (key, value) in key order.
    public var entries: [(key: String, value: JSONValue)] { keys.map { ($0, values[$0]!) } }
}
