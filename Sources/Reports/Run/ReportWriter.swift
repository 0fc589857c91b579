import Claims
import MarkovGames

/// Writes a report folder from claim results: results.json, report.md, index.html, one CSV per
/// plotted series in csv/, the plots as SVG in plots/ (also inline in index.html). Every file is
/// written atomically; results.json is written before DIR/.partial is removed, so an interruption
/// at any point leaves every result readable by `--resume`.
public struct ReportWriter: Sendable {
    public let directory: String
    /// gnuplot, or nil to write the report without plots (with a notice saying how to add them).
    public let gnuplot: Gnuplot?

    public init(directory: String, gnuplot: Gnuplot?) {
        self.directory = ReportFileNames.folder(directory)
        self.gnuplot = gnuplot
    }

    /// Writes the folder; returns the notices about missing plots (also shown on the page).
    /// `command` is the command line that re-runs this report.
    @discardableResult
    public func write(_ results: [ClaimResult], settings: ReportSettings, command: String) throws(ModelError) -> [String] {
        let plotsDir = directory + "/" + ReportFileNames.plots, csvDir = directory + "/" + ReportFileNames.csv
        try ReportFileNames.remove(plotsDir)
        try ReportFileNames.remove(csvDir)
        var notices: [String] = gnuplot == nil ? [Gnuplot.missingAdvice] : []
        var entries: [ReportDocument.Entry] = []
        for r in results {
            let tables = SeriesTables.files(for: r)
            for t in tables { try FileIO.write(t.text, to: csvDir + "/" + t.name) }
            var figures: [ReportDocument.Figure] = []
            for plot in PlotBuilder.plots(for: r) {
                var svg: String?
                if let gnuplot {
                    do {
                        svg = try gnuplot.svg(plot.script)
                    } catch {
                        notices.append("The plot \(plot.stem) could not be drawn: \(error)")
                    }
                }
                if let svg { try FileIO.write(svg, to: plotsDir + "/" + plot.stem + ".svg") }
                figures.append(ReportDocument.Figure(plot: plot, svg: svg))
            }
            entries.append(ReportDocument.Entry(result: r, figures: figures, tables: tables.map(\.name)))
        }
        let doc = ReportDocument(settings: settings, command: command, entries: entries, plotNotices: notices)
        try FileIO.writeJSON(ResultsFile.encode(results, settings: settings), to: directory + "/" + ReportFileNames.results)
        try FileIO.write(MarkdownReport.render(doc), to: directory + "/" + ReportFileNames.markdown)
        try FileIO.write(HTMLReport.render(doc), to: directory + "/" + ReportFileNames.html)
        try PartialResults(reportDirectory: directory).removeAll()
        return notices
    }
}
