import Claims
import Foundation

/// One figure of a claim: the gnuplot script that draws it (with its data inline) and a caption
/// saying what is drawn and how to read it.
struct Plot: Sendable {
    /// File-name stem, e.g. `ddpl.thmC.1` or `ddpl.thmC.1__residuals`.
    let stem: String
    let script: String
    let caption: String
}

/// The figures of a claim result:
/// - a rate claim: the measured quantity against the size on log–log axes, with the fitted line
///   and a line of the claimed slope through the same points, exponents and interval in the key;
/// - a claim with series (a bound checked at every K, a monotone sequence): every series against
///   the iteration or size, with the steps that violate the claim marked;
/// - an identity: the histogram of the residuals |lhs − rhs| on a log scale, with the tolerance.
enum PlotBuilder {
    static func plots(for r: ClaimResult) -> [Plot] {
        let stem = ReportFileNames.stem(r.id)
        var out: [Plot] = []
        if let rate = r.rate, let p = ratePlot(r, rate, stem: stem) {
            out.append(p)
        } else if let p = seriesPlot(r, stem: stem) {
            out.append(p)
        }
        if let p = residualHistogram(r, stem: stem + "__residuals") { out.append(p) }
        return out
    }

    typealias Points = [(x: Double, y: Double)]

    private static func finitePoints(_ s: PlotSeries) -> Points {
        zip(s.x, s.y).filter { $0.0.isFinite && $0.1.isFinite }.map { (x: $0.0, y: $0.1) }
    }

    /// The most points of one series a plot draws; longer series are thinned (the CSV keeps all).
    static let maxDrawnPoints = 1500

    /// Every k-th point and the last, with k the least stride that keeps at most `maxDrawnPoints`.
    static func thinned(_ p: Points) -> Points {
        guard p.count > maxDrawnPoints else { return p }
        let stride = (p.count + maxDrawnPoints - 2) / (maxDrawnPoints - 1)
        var out = Swift.stride(from: 0, to: p.count - 1, by: stride).map { p[$0] }
        out.append(p[p.count - 1])
        return out
    }

    /// max/min of positive values (1 for an empty list).
    private static func spread(_ v: [Double]) -> Double {
        guard let lo = v.min(), let hi = v.max(), lo > 0 else { return 1 }
        return hi / lo
    }

    private static func lineStyle(_ k: Int) -> String {
        "lc rgb '\(GnuplotScript.palette[k % GnuplotScript.palette.count])'"
    }

    /// The x value a step label such as `k=3` or `K = 100` names (the number after the last `=`).
    static func stepPosition(_ label: String) -> Double? {
        guard let eq = label.lastIndex(of: "=") else { return nil }
        return Double(label[label.index(after: eq)...].trimmingCharacters(in: .whitespaces))
    }

    private static func seriesPlot(_ r: ClaimResult, stem: String) -> Plot? {
        let series = r.series.map { (s: $0, points: finitePoints($0)) }.filter { !$0.points.isEmpty }
        guard !series.isEmpty else { return nil }
        let xs = series.flatMap { $0.points.map(\.x) }, ys = series.flatMap { $0.points.map(\.y) }
        let logX = xs.allSatisfy { $0 > 0 } && spread(xs) >= 100
        let logY = ys.allSatisfy { $0 > 0 } && spread(ys) >= 1000
        let yLabels = Set(series.map(\.s.yLabel))
        var script = GnuplotScript.style + "\n"
            + GnuplotScript.axes(logX: logX, logY: logY, xs: xs, ys: ys) + "\n"
        script += "set xlabel \(GnuplotScript.quoted(series[0].s.xLabel)) noenhanced\n"
        script += "set ylabel \(GnuplotScript.quoted(yLabels.count == 1 ? series[0].s.yLabel : "value")) noenhanced\n"
        var terms: [String] = []
        for (k, s) in series.enumerated() {
            script += GnuplotScript.dataBlock("s\(k)", thinned(s.points))
            let dashed = s.s.name.lowercased().contains("bound") ? " dt 2" : ""
            // Markers help read a short sequence and smear a long one into a thick band.
            let style = s.points.count > 200 ? "lines lw 2" : "linespoints lw 2 pt 7 ps 0.5"
            terms.append("$s\(k) using 1:2 with \(style)\(dashed) \(lineStyle(k)) title \(GnuplotScript.quoted(s.s.name)) noenhanced")
        }
        // A failing step is drawn where its measured left side is: at the x its label names and
        // the value after the step (monotone claims measure lhs = the value after the step).
        var marked: Points = [], unplaced: [String] = []
        for step in r.violatedSteps {
            if let x = stepPosition(step.label), x.isFinite, step.lhs.isFinite, !(logY && step.lhs <= 0) {
                marked.append((x: x, y: step.lhs))
            } else {
                unplaced.append(step.label)
            }
        }
        if !marked.isEmpty {
            script += GnuplotScript.dataBlock("violations", marked)
            // A few violations get large open circles; many get small dots that leave the lines visible.
            let marker = marked.count > 20 ? "pt 7 ps 0.45" : "pt 6 ps 2 lw 2"
            terms.append("$violations using 1:2 with points \(marker) lc rgb '\(GnuplotScript.violation)' title 'violates the claim'")
        }
        script += "plot " + terms.joined(separator: ", \\\n     ") + "\n"
        var caption = "\(series.map(\.s.name).joined(separator: ", ")) against \(series[0].s.xLabel)"
        caption += r.kind == .monotone ? ", along the sequence the claim orders" : ""
        caption += logX && logY ? " (log–log axes)." : logY ? " (log y axis)." : logX ? " (log x axis)." : "."
        if !r.violatedSteps.isEmpty {
            let labels = r.violatedSteps.map(\.label)
            let many = labels.count >= ClaimResult.violatedStepLimit ? "at least \(labels.count)" : "\(labels.count)"
            caption += " \(many) step\(labels.count == 1 ? "" : "s") violate the claim" + (marked.isEmpty ? "" : " (in red)")
                + ": \(labels.prefix(12).joined(separator: "; "))\(labels.count > 12 ? "; …" : "")."
        }
        if !unplaced.isEmpty && !marked.isEmpty { caption += " Not placed on the plot: \(unplaced.prefix(6).joined(separator: ", "))." }
        if series.contains(where: { $0.points.count > maxDrawnPoints }) {
            caption += " Series longer than \(maxDrawnPoints) points are drawn at evenly spaced points; the CSV files hold every point."
        }
        return Plot(stem: stem, script: script, caption: caption)
    }

    private static func exponent(_ x: Double, digits: Int = 3) -> String {
        String(format: "%.\(digits)g", x).replacingOccurrences(of: "-", with: "−")
    }

    /// "[lower, upper]" with the fewest significant digits (3 to 6) that tell the ends apart.
    private static func interval(_ r: ClosedRange<Double>) -> String {
        let digits = (3...6).first { exponent(r.lowerBound, digits: $0) != exponent(r.upperBound, digits: $0) } ?? 6
        return "[\(exponent(r.lowerBound, digits: digits)), \(exponent(r.upperBound, digits: digits))]"
    }

    private static func ratePlot(_ r: ClaimResult, _ rate: RateFitSummary, stem: String) -> Plot? {
        let series = r.series.map { s in (s: s, points: finitePoints(s).filter { $0.x > 0 && $0.y > 0 }) }.filter { !$0.points.isEmpty }
        guard !series.isEmpty else { return nil }
        var script = GnuplotScript.style + "\n"
            + GnuplotScript.axes(logX: true, logY: true, xs: series.flatMap { $0.points.map(\.x) }, ys: series.flatMap { $0.points.map(\.y) }) + "\n"
        script += "set xlabel \(GnuplotScript.quoted(rate.xLabel)) noenhanced\n"
        script += "set ylabel \(GnuplotScript.quoted(rate.yLabel)) noenhanced\n"
        var terms: [String] = []
        for (k, s) in series.enumerated() {
            script += GnuplotScript.dataBlock("s\(k)", s.points)
            terms.append("$s\(k) using 1:2 with points pt 7 ps 0.9 \(lineStyle(k)) title \(GnuplotScript.quoted(s.s.name)) noenhanced")
        }
        let relation = rate.kind == .atMost ? "≤" : "="
        let fitTitle = "fitted slope \(exponent(rate.fittedExponent)), 95% interval \(interval(rate.interval))"
        let claimTitle = "claimed slope \(relation) \(exponent(rate.claimedExponent))"
        // The engine fitted the series that carries the observation's own labels; the fitted line
        // is drawn through it (least-squares intercept: mean log y − slope · mean log x) and the
        // claimed slope through the same centroid.
        if let fitted = series.first(where: { $0.s.xLabel == rate.xLabel && $0.s.yLabel == rate.yLabel }) {
            let xs = fitted.points.map(\.x)
            script += "set xrange [\(xs.min()! / 1.3):\(xs.max()! * 1.3)]\n"
            script += "fitted(x) = exp(\(logIntercept(fitted.points, slope: rate.fittedExponent))) * x**(\(rate.fittedExponent))\n"
            script += "claimed(x) = exp(\(logIntercept(fitted.points, slope: rate.claimedExponent))) * x**(\(rate.claimedExponent))\n"
            terms.append("fitted(x) with lines lw 2 lc rgb '#222222' title \(GnuplotScript.quoted(fitTitle)) noenhanced")
            terms.append("claimed(x) with lines lw 2 dt 2 lc rgb '\(GnuplotScript.violation)' title \(GnuplotScript.quoted(claimTitle)) noenhanced")
        }
        script += "plot " + terms.joined(separator: ", \\\n     ") + "\n"
        let consistent = r.verdict == .rateConsistent ? "consistent with" : "not consistent with"
        let caption = "\(rate.yLabel) against \(rate.xLabel) on log–log axes at the worst instance, \(rate.points) points. "
            + "The fitted exponent \(exponent(rate.fittedExponent)) (95% Student-t interval \(interval(rate.interval))) is "
            + "\(consistent) the claimed exponent \(relation) \(exponent(rate.claimedExponent)) (\(rate.kind.rawValue))."
        return Plot(stem: stem, script: script, caption: caption)
    }

    /// The intercept c of the line log y = c + p·log x through the centroid of the points in
    /// log–log coordinates: mean(log y) − p·mean(log x), which for the least-squares slope p is
    /// the least-squares intercept.
    static func logIntercept(_ points: Points, slope p: Double) -> Double {
        let n = Double(points.count)
        return points.reduce(0) { $0 + log($1.y) } / n - p * points.reduce(0) { $0 + log($1.x) } / n
    }

    /// Width of a histogram bin, in decades.
    static let binWidth = 0.25

    /// Bins of `binWidth` decades over the values log10 v: (bin centre, count), by increasing centre.
    static func histogram(_ logs: [Double]) -> Points {
        var counts: [Int: Int] = [:]
        for l in logs { counts[Int((l / binWidth).rounded(.down)), default: 0] += 1 }
        return counts.keys.sorted().map { (x: (Double($0) + 0.5) * binWidth, y: Double(counts[$0]!)) }
    }

    private static func residualHistogram(_ r: ClaimResult, stem: String) -> Plot? {
        let finite = r.identityResiduals.filter(\.isFinite)
        let zeros = finite.filter { $0 == 0 }.count
        let logs = finite.filter { $0 > 0 }.map(log10)
        guard !logs.isEmpty else { return nil }
        let bins = histogram(logs)
        var lo = logs.min()!.rounded(.down) - 0.5, hi = logs.max()!.rounded(.up) + 0.5
        var script = GnuplotScript.style + "\n"
        script += "set xlabel 'log10 |lhs − rhs|' noenhanced\nset ylabel 'comparisons' noenhanced\n"
        script += "set style fill solid 0.7 border lc rgb '#1f4e79'\nset boxwidth \(binWidth * 0.92)\nset yrange [0:*]\n"
        script += GnuplotScript.dataBlock("bins", bins)
        if bins.map(\.y).max()! <= 10 { script += "set ytics 1\n" }
        var terms = ["$bins using 1:2 with boxes lc rgb '#1f77b4' title 'residuals of the identity'"]
        var caption = "Histogram of the \(logs.count + zeros) residuals |lhs − rhs| of the identity over every instance, in bins of \(binWidth) decade"
        caption += zeros > 0 ? " (\(zeros) exactly 0, not on the log axis)." : "."
        if let t = r.tolerance, t > 0, t.isFinite {
            let lt = log10(t)
            lo = min(lo, lt.rounded(.down) - 0.5)
            hi = max(hi, lt.rounded(.up) + 0.5)
            script += "set arrow from \(lt), graph 0 to \(lt), graph 1 nohead lw 2 dt 2 lc rgb '\(GnuplotScript.violation)'\n"
            terms.append("NaN with lines lw 2 dt 2 lc rgb '\(GnuplotScript.violation)' title 'tolerance at the worst comparison'")
            caption += " Dashed: the tolerance at the worst comparison, \(ReportNumber.text(t)) (\(r.toleranceReason ?? ""))."
        }
        script += "set xrange [\(lo):\(hi)]\n"
        script += "plot " + terms.joined(separator: ", \\\n     ") + "\n"
        return Plot(stem: stem, script: script, caption: caption)
    }
}
