/// A readable difference between a cell's recorded output and its output now: lines aligned by
/// their longest common subsequence (lines matching within the tolerance count as equal), then
/// `-` recorded and `+` now for what does not align, with the reason under a changed line.
enum OutputDiff {
    /// The diff lines, or nil when every line matches.
    static func lines(recorded: [String], now: [String], tolerance: NumericTolerance) -> [String]? {
        let matches = { (a: String, b: String) in OutputComparison.mismatch(recorded: a, now: b, tolerance: tolerance) == nil }
        if recorded.count == now.count, zip(recorded, now).allSatisfy(matches) { return nil }
        let n = recorded.count, m = now.count
        // common[i][j]: length of the longest common subsequence of recorded[i...] and now[j...].
        var common = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                common[i][j] = matches(recorded[i], now[j]) ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var out: [String] = []
        var removed: [String] = [], added: [String] = []
        func flush() {
            for (k, line) in removed.enumerated() {
                out.append("  - " + line)
                if k < added.count {
                    out.append("  + " + added[k])
                    if let why = OutputComparison.mismatch(recorded: line, now: added[k], tolerance: tolerance) { out.append("    (\(why))") }
                }
            }
            for line in added.dropFirst(removed.count) { out.append("  + " + line) }
            removed = []
            added = []
        }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, matches(recorded[i], now[j]) {
                flush()
                i += 1
                j += 1
            } else if j < m, i == n || common[i][j + 1] >= common[i + 1][j] {
                added.append(now[j])
                j += 1
            } else {
                removed.append(recorded[i])
                i += 1
            }
        }
        flush()
        return out
    }
}
