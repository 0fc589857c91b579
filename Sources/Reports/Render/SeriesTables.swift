import Claims

/// One CSV file per plotted series of a claim (and one for the residuals of an identity), for
/// readers who want to redraw a figure with their own tools.
enum SeriesTables {
    /// (file name inside csv/, contents) for every series of `r`.
    static func files(for r: ClaimResult) -> [(name: String, text: String)] {
        let stem = ReportFileNames.stem(r.id)
        var out: [(String, String)] = []
        for (k, s) in r.series.enumerated() {
            let rows = zip(s.x, s.y).map { number($0.0) + "," + number($0.1) }
            out.append(("\(stem)__series\(k + 1)-\(slug(s.name)).csv",
                        ([field(s.xLabel) + "," + field("\(s.name): \(s.yLabel)")] + rows).joined(separator: "\n") + "\n"))
        }
        if !r.identityResiduals.isEmpty {
            out.append(("\(stem)__residuals.csv",
                        ([field("|lhs - rhs|")] + r.identityResiduals.map(number)).joined(separator: "\n") + "\n"))
        }
        return out
    }

    /// A number that reads back to the same double (`nan`, `inf`, `-inf` for the others).
    private static func number(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        return "\(x)"
    }

    /// A CSV field, quoted (RFC 4180: an inner quote is doubled).
    private static func field(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Lower-case letters and digits of `name`, other runs as `-` (at most 40 characters).
    private static func slug(_ name: String) -> String {
        var out = ""
        for u in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(u) || ("0"..."9").contains(u) {
                out.unicodeScalars.append(u)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "series" : String(out.prefix(40))
    }
}
