/// A position in a parsed JSON document: the value and its JSON path, so that every error names
/// the exact place (`transitions[3][5]`, `agents[1].name`).
public struct JSONReader: Sendable {
    public let value: JSONValue
    public let path: String

    public init(_ value: JSONValue, path: String = "") {
        self.value = value
        self.path = path
    }

    public func fail(_ rule: String) -> ModelError { ModelError(path: path, rule) }

    /// Requires the object's `format` field to be `expected` (e.g. `marlcheck.game/1`); another
    /// version of the same family is reported as unsupported.
    public func requireFormat(_ expected: String) throws(ModelError) {
        let f = try field("format").string()
        guard f == expected else {
            let family = expected.split(separator: "/").first.map(String.init) ?? expected
            if f.hasPrefix(family + "/") {
                throw ModelError(path: "format", "version '\(f)' is not supported (this MARLCheck reads '\(expected)')")
            }
            throw ModelError(path: "format", "is '\(f)', expected '\(expected)'")
        }
    }

    private func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The object's entry `key`; fails when missing.
    public func field(_ key: String) throws(ModelError) -> JSONReader {
        guard case .object(let o) = value else { throw fail("expected an object, found \(kindName)") }
        guard let v = o[key] else { throw ModelError(path: child(key), "is missing") }
        return JSONReader(v, path: child(key))
    }

    /// The object's entry `key`, or nil when absent or null.
    public func optionalField(_ key: String) throws(ModelError) -> JSONReader? {
        guard case .object(let o) = value else { throw fail("expected an object, found \(kindName)") }
        guard let v = o[key], v != .null else { return nil }
        return JSONReader(v, path: child(key))
    }

    /// The object's keys, in file order.
    public func keys() throws(ModelError) -> [String] {
        guard case .object(let o) = value else { throw fail("expected an object, found \(kindName)") }
        return o.keys
    }

    /// Fails when the object has a key outside `allowed` (catches misspelt field names).
    public func requireOnlyKeys(_ allowed: Set<String>) throws(ModelError) {
        for k in try keys() where !allowed.contains(k) {
            throw ModelError(path: child(k), "unknown field (allowed: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    /// The array's elements.
    public func elements() throws(ModelError) -> [JSONReader] {
        guard case .array(let a) = value else { throw fail("expected an array, found \(kindName)") }
        return a.enumerated().map { JSONReader($0.element, path: "\(path)[\($0.offset)]") }
    }

    public func string() throws(ModelError) -> String {
        guard case .string(let s) = value else { throw fail("expected a string, found \(kindName)") }
        return s
    }

    public func bool() throws(ModelError) -> Bool {
        guard case .bool(let b) = value else { throw fail("expected true or false, found \(kindName)") }
        return b
    }

    /// A finite number.
    public func number() throws(ModelError) -> Double {
        guard case .number(let x) = value else { throw fail("expected a number, found \(kindName)") }
        guard x.isFinite else { throw fail("number \(x) is not finite") }
        return x
    }

    /// A number that may be written as "+inf", "-inf" or "nan" (see `JSONValue.real`).
    public func real() throws(ModelError) -> Double {
        switch value {
        case .number(let x): return x
        case .string("+inf"), .string("inf"): return .infinity
        case .string("-inf"): return -.infinity
        case .string("nan"): return .nan
        default: throw fail("expected a number, found \(kindName)")
        }
    }

    /// A whole number (written without a fractional part).
    public func integer() throws(ModelError) -> Int {
        let x = try number()
        guard x == x.rounded(), abs(x) < 9e15 else { throw fail("expected a whole number, found \(x)") }
        return Int(x)
    }

    /// An array of finite numbers.
    public func numbers() throws(ModelError) -> [Double] {
        guard case .array(let a) = value else { throw fail("expected an array of numbers, found \(kindName)") }
        var out = [Double]()
        out.reserveCapacity(a.count)
        for (k, v) in a.enumerated() {
            guard case .number(let x) = v else {
                throw ModelError(path: "\(path)[\(k)]", "expected a number, found \(JSONReader(v).kindName)")
            }
            out.append(x)
        }
        return out
    }

    /// An array of strings.
    public func strings() throws(ModelError) -> [String] {
        try elements().map { r throws(ModelError) in try r.string() }
    }

    /// A rectangular nested numeric array flattened row-major, checked against `shape`
    /// (e.g. [|S|, |A|, |S|]); the first mismatching place is reported.
    public func flatNumbers(shape: [Int], names: [String]) throws(ModelError) -> [Double] {
        var out = [Double]()
        out.reserveCapacity(shape.reduce(1, *))
        try flatten(into: &out, shape: shape[...], names: names[...])
        return out
    }

    private func flatten(into out: inout [Double], shape: ArraySlice<Int>, names: ArraySlice<String>) throws(ModelError) {
        guard let n = shape.first else {
            let x = try number()
            out.append(x)
            return
        }
        guard case .array(let a) = value else {
            throw fail("expected an array over \(names.first ?? "?") (\(n) entries), found \(kindName)")
        }
        guard a.count == n else {
            throw fail("has \(a.count) entries, expected \(n) (one per \(names.first ?? "entry"))")
        }
        if shape.count == 1 {
            for (k, v) in a.enumerated() {
                guard case .number(let x) = v else {
                    throw ModelError(path: "\(path)[\(k)]", "expected a number, found \(JSONReader(v).kindName)")
                }
                out.append(x)
            }
            return
        }
        for (k, v) in a.enumerated() {
            try JSONReader(v, path: "\(path)[\(k)]").flatten(into: &out, shape: shape.dropFirst(), names: names.dropFirst())
        }
    }

    var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
