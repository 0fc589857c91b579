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

    /// `set logscale` lines and the matching tick format for the chosen axes; over more than six
    /// decades the minor ticks (one per unit inside each decade) would crowd the axis and are left out.
    static func axes(logX: Bool, logY: Bool, xDecades: Double = 0, yDecades: Double = 0) -> String {
        var lines: [String] = []
        // A log axis is fitted to the data (not widened to whole decades), then padded by the offsets.
        if logX { lines += ["set logscale x", "set format x '10^{%L}'", "set autoscale xfix"] + (xDecades > 6 ? ["unset mxtics"] : []) }
        if logY { lines += ["set logscale y", "set format y '10^{%L}'", "set autoscale yfix"] + (yDecades > 6 ? ["unset mytics"] : []) }
        return lines.joined(separator: "\n")
    }
}
