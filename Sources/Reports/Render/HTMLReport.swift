import Claims

/// index.html: one self-contained page (style and SVG plots inline; no network), with the
/// verdict summary per paper at the top, then per paper a map of its claims and, per claim,
/// the statement as printed, the verdict badge, the worst comparison, margin and tolerance,
/// the instances run, the counterexample and the command that re-checks it, and the plots.
enum HTMLReport {
    static func render(_ doc: ReportDocument) -> String {
        var h = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>MARLCheck report</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <main>
        <h1>MARLCheck report</h1>
        <p class="lead">\(doc.entries.count) claim\(doc.entries.count == 1 ? "" : "s") of the papers, each held against exact \
        computation on random instances of its class. \(e(doc.settingsSentence)) Commands below are run from inside this \
        folder; results.json, report.md, csv/, plots/ and counterexamples/ sit next to this page.</p>
        <pre class="command">\(e(doc.command))</pre>

        """
        for notice in doc.plotNotices { h += "<p class=\"notice\">\(e(notice))</p>\n" }
        h += summaryTable(doc)
        if doc.entries.isEmpty {
            h += "<p class=\"empty\">No claim was selected, or no claim is registered yet for the papers selected.</p>\n"
        }
        for paper in doc.papers {
            let entries = doc.entries(of: paper)
            h += "<section id=\"paper-\(paper.rawValue)\">\n<h2>\(paper.rawValue)</h2>\n<p class=\"citation\">\(e(paper.citation))</p>\n"
            h += claimMap(entries)
            for entry in entries { h += article(entry) }
            h += "</section>\n"
        }
        h += "</main>\n</body>\n</html>\n"
        return h
    }

    private static func e(_ s: String) -> String { HTMLText.escape(s) }

    static func badge(_ v: Verdict) -> String { "<span class=\"badge v-\(v.rawValue)\">\(v.rawValue)</span>" }

    private static func summaryTable(_ doc: ReportDocument) -> String {
        let summary = doc.summary
        var h = "<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"summary\">\n<tr><th>paper</th>"
        h += VerdictSummary.headers.map { "<th class=\"n\">\($0)</th>" }.joined() + "<th class=\"n\">claims</th></tr>\n"
        for row in summary.rows {
            let name = row.total > 0 ? "<a href=\"#paper-\(row.paper.rawValue)\">\(row.paper.rawValue)</a>" : row.paper.rawValue
            h += "<tr><td>\(name)</td>" + row.counts.map(cell).joined() + cell(row.total) + "</tr>\n"
        }
        h += "<tr class=\"total\"><td>all</td>" + summary.totals.map(cell).joined() + cell(summary.totals.reduce(0, +)) + "</tr>\n"
        h += "</table>\n<dl class=\"legend\">\n"
        for v in Verdict.allCases { h += "<dt>\(badge(v))</dt><dd>\(e(VerdictMeaning.text(v)))</dd>\n" }
        return h + "</dl>\n</section>\n"
    }

    private static func cell(_ n: Int) -> String { "<td class=\"n\(n == 0 ? " zero" : "")\">\(n)</td>" }

    /// Every claim of a paper as a link coloured by its verdict, in the paper's order: the map of
    /// the section (the numbers are in each claim's card and in report.md's table).
    private static func claimMap(_ entries: [ReportDocument.Entry]) -> String {
        "<p class=\"map\">" + entries.map { entry in
            let r = entry.result
            return "<a class=\"chip c-\(r.verdict.rawValue)\" href=\"#c-\(entry.stem)\" title=\"\(r.verdict.rawValue): \(e(r.source))\">\(e(r.id))</a>"
        }.joined(separator: " ") + "</p>\n"
    }

    private static func article(_ entry: ReportDocument.Entry) -> String {
        let r = entry.result
        var h = "<article class=\"claim \(r.verdict.rawValue)\" id=\"c-\(entry.stem)\">\n"
        h += "<h3><code>\(e(r.id))</code> \(badge(r.verdict))</h3>\n"
        h += "<p class=\"source\">\(e(r.source)) · \(e(r.kind.rawValue))</p>\n"
        h += "<blockquote class=\"statement\">\(e(r.statement))</blockquote>\n"
        var facts: [(String, String)] = []
        if let reading = r.reading { facts.append(("reading", e(reading))) }
        if !r.hypotheses.isEmpty { facts.append(("hypotheses", e(r.hypotheses))) }
        if let reason = r.notCheckableReason { facts.append(("not checkable", e(reason))) }
        if r.kind != .notCheckable { facts.append(("instances", e(ReportDocument.instancesText(r)))) }
        if let w = ReportDocument.worstText(r) { facts.append(("worst comparison", e(w))) }
        if let rate = ReportDocument.rateText(r) { facts.append(("rate", e(rate))) }
        if let m = r.worstMargin { facts.append(("worst margin", ReportNumber.text(m))) }
        if let t = r.tolerance {
            facts.append(("tolerance", ReportNumber.text(t) + (r.toleranceReason.map { " — " + e($0) } ?? "")))
        }
        if let c = r.counterexample, let command = ReportDocument.recheckCommand(r) {
            facts.append(("counterexample", "<a href=\"\(e(c))\"><code>\(e(c))</code></a>"))
            facts.append(("re-check", "<pre class=\"command\">\(e(command))</pre>"))
        }
        h += "<dl class=\"facts\">\n" + facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined(separator: "\n") + "\n</dl>\n"
        for figure in entry.figures {
            h += "<figure>\n"
            if let svg = figure.svg { h += InlineSVG.embed(svg, prefix: figure.plot.stem) + "\n" }
            h += "<figcaption>\(e(figure.plot.caption))" + (figure.svg == nil ? " (plot not drawn, see the notice at the top)" : "")
                + " <a href=\"plots/\(e(figure.plot.stem)).svg\">SVG</a></figcaption>\n</figure>\n"
        }
        if !entry.tables.isEmpty {
            h += "<p class=\"files\">data: " + entry.tables.map { "<a href=\"csv/\(e($0))\">\(e($0))</a>" }.joined(separator: ", ") + "</p>\n"
        }
        if !r.quantities.isEmpty {
            h += "<details><summary>Quantities at the worst instance (\(r.quantities.count))</summary>\n<table>\n"
            h += r.quantities.map { "<tr><td>\(e($0.name))</td><td class=\"n\">\(ReportNumber.text($0.value))</td></tr>" }.joined(separator: "\n")
            h += "\n</table>\n</details>\n"
        }
        h += list("Notes", r.notes) + list("Not measured", r.failures)
        return h + "</article>\n"
    }

    private static func list(_ title: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return "<details open><summary>\(title) (\(items.count))</summary>\n<ul class=\"notes\">\n"
            + items.map { "<li>\(e($0))</li>" }.joined(separator: "\n") + "\n</ul>\n</details>\n"
    }
}
