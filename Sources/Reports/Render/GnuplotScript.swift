import Foundation

/// Pieces of gnuplot scripts: quoted strings, inline data blocks, the common style.
enum GnuplotScript {
    /// A single-quoted gnuplot string (a quote inside is doubled).
    static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }

    /// An inline data block `$name` of (x, y) rows, so a script carries its own data.
    static func dataBlock(_ name: String, _ points: [(x: Double, y: Double)]) -> String {
        "$\(name) << EOD\n" + points.map { "\($0.x) \($0.y)" }.joined(separator: "\n") + "\nEOD\n"
    }

    /// Colours of successive series, then the colour that marks violations.
    static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#17becf", "#7f7f7f"]
    static let violation = "#d62728"

    /// Border, grid and key shared by every plot: a light grid, the key below the plot so it
    /// never covers data.
    static let style = """
        set border 3 lc rgb '#555555'
        set tics nomirror out
        set grid lc rgb '#e3e3e3' lw 1
        set key below left Left reverse samplen 2.5 spacing 1.1
        set format y '%g'
        set format x '%g'
        set lmargin 10
        set offsets graph 0, graph 0, graph 0.05, graph 0.05
        """

    /// `set logscale` lines and the matching ticks for the chosen axes, given the values drawn on
    /// each. A log axis is fitted to the data (not widened to whole decades), then padded by the
    /// offsets. Over fewer than two decades, decade ticks alone would leave the axis with one
    /// label or none, so 1-2-5 ticks are listed; over more than six, the minor ticks (one per unit
    /// inside each decade) would crowd the axis and are left out.
    static func axes(logX: Bool, logY: Bool, xs: [Double], ys: [Double]) -> String {
        var lines: [String] = []
        for (axis, isLog, values) in [("x", logX, xs), ("y", logY, ys)] where isLog {
            lines += ["set logscale \(axis)", "set autoscale \(axis)fix"]
            guard let lo = values.filter({ $0 > 0 }).min(), let hi = values.max(), hi > 0 else { continue }
            let decades = log10(hi / lo)
            if decades < 2 {
                let ticks = oneTwoFive(from: lo, to: hi)
                lines.append("set \(axis)tics (" + ticks.map { "'\($0.label)' \($0.value)" }.joined(separator: ", ") + ")")
            } else {
                lines.append("set format \(axis) '10^{%L}'")
                if decades > 6 { lines.append("unset m\(axis)tics") }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The values 1, 2, 5 × 10^k inside [lo, hi] (widened by 20% so the ends get a tick), with labels.
    static func oneTwoFive(from lo: Double, to hi: Double) -> [(value: Double, label: String)] {
        let a = lo / 1.2, b = hi * 1.2
        var out: [(Double, String)] = []
        for k in Int(log10(a).rounded(.down))...Int(log10(b).rounded(.up)) {
            for m in [1.0, 2, 5] {
                let v = m * pow(10, Double(k))
                if v >= a && v <= b { out.append((v, String(format: "%g", v))) }
            }
        }
        return out
    }
}
