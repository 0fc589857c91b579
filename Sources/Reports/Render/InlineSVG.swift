import Foundation

/// Makes a gnuplot SVG document fit inside an HTML page next to others: drops the XML
/// declaration and gives every `id` (and each reference to it) a per-figure prefix, since
/// gnuplot names its point symbols `gpPt0`, `gpPt1`, … in every file.
enum InlineSVG {
    /// `prefix` must be a file-name stem (letters, digits, `.`, `-`, `_`: nothing a regular
    /// expression template treats specially).
    static func embed(_ svg: String, prefix: String) -> String {
        var text = svg
        if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
        let rewrites: [(NSRegularExpression, String)] = [
            (identifier, "id=$1\(prefix)-$2$1"),
            (reference, "href=$1#\(prefix)-$2$1"),
            (urlReference, "url(#\(prefix)-$1)"),
        ]
        for (regex, template) in rewrites {
            text = regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // Constant patterns: compiling them cannot fail.
    private static let identifier = try! NSRegularExpression(pattern: #"\bid=(['"])([^'"]+)\1"#)
    private static let reference = try! NSRegularExpression(pattern: #"\bhref=(['"])#([^'"]+)\1"#)
    private static let urlReference = try! NSRegularExpression(pattern: #"url\(#([^)]+)\)"#)
}
