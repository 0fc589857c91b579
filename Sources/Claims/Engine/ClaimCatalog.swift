import MarkovGames

/// Every registered claim of the five papers, in paper order and, within a paper, in the order
/// of the paper.
public enum ClaimCatalog {
    public static let all: [Claim] = DDPLClaims.all + HAQOClaims.all + MFPPOClaims.all + MAPPOClaims.all + LTDEClaims.all

    /// The claims of `paper`.
    public static func claims(of paper: Paper) -> [Claim] { all.filter { $0.paper == paper } }

    /// The claims a selector names: `all`, a paper (`ddpl`), an id (`ddpl.thmC.2`), or an id
    /// prefix ending in `/` or `*` (`ddpl.thmC.2/` for every step of that proof).
    public static func select(_ selector: String) throws(ModelError) -> [Claim] {
        if selector == "all" { return all }
        if let paper = Paper(rawValue: selector) { return claims(of: paper) }
        if selector.hasSuffix("*") || selector.hasSuffix("/") {
            let prefix = selector.hasSuffix("*") ? String(selector.dropLast()) : selector
            let found = all.filter { $0.id.hasPrefix(prefix) }
            guard !found.isEmpty else { throw ModelError(path: "CLAIM", "no claim id starts with '\(prefix)' (see `marlcheck claims list`)") }
            return found
        }
        if let claim = all.first(where: { $0.id == selector }) { return [claim] }
        let near = all.filter { $0.id.lowercased().contains(selector.lowercased()) }.prefix(5).map(\.id)
        throw ModelError(path: "CLAIM", "no claim '\(selector)'" + (near.isEmpty ? " (see `marlcheck claims list`)" : "; did you mean \(near.joined(separator: ", "))?"))
    }
}
