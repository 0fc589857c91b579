import MarkovGames

/// The counterexample format `marlcheck.counterexample/1`: the claim, what was measured, the
/// command that re-checks it, and the instance itself (docs/formats.md).
public enum CounterexampleFile {
    public static let format = "marlcheck.counterexample/1"

    /// The file name used for `id` inside a counterexample folder (`/` becomes `__`).
    public static func fileName(for id: String) -> String {
        id.replacingOccurrences(of: "/", with: "__") + ".json"
    }

    static func encode(claim: Claim, instance: ClaimInstance, worst: Measurement, path: String) -> JSONValue {
        .object([
            ("format", .string(format)),
            ("claim", .string(claim.id)),
            ("statement", .string(claim.statement)),
            ("recheck", .string("marlcheck check \(claim.id) --instance \(path)")),
            ("label", .string(worst.label)),
            ("lhs", .real(worst.lhs)),
            ("relation", .string(worst.relation.rawValue)),
            ("rhs", .real(worst.rhs)),
            ("margin", .real(worst.margin)),
            ("tolerance", .real(worst.tolerance.value)),
            ("toleranceReason", .string(worst.tolerance.reason)),
            ("instance", ClaimInstanceCodec.encode(instance)),
        ])
    }

    /// The instance in a counterexample file (or in a bare instance file with the same fields as
    /// the `instance` object), and the claim id it was saved for when present.
    public static func load(_ path: String) throws(ModelError) -> (claim: String?, instance: ClaimInstance) {
        let root = JSONReader(try FileIO.readJSON(path))
        do {
            if try root.optionalField("format") != nil {
                try root.requireFormat(format)
                return (try root.field("claim").string(), try ClaimInstanceCodec.decode(try root.field("instance")))
            }
            return (nil, try ClaimInstanceCodec.decode(root))
        } catch {
            throw error.inFile(path)
        }
    }
}

import Foundation
