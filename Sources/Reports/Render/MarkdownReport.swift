import Claims

/// report.md: the same content as index.html in Markdown, the plots linked from plots/.
enum MarkdownReport {
    static func render(_ doc: ReportDocument) -> String {
        var m = "# MARLCheck report\n\n"
        m += "\(doc.entries.count) claim\(doc.entries.count == 1 ? "" : "s") of the papers, each held against exact computation "
            + "on random instances of its class. \(doc.settingsSentence) Commands below are run from inside this folder.\n\n"
        m += "```\n\(doc.command)\n```\n\n"
        for notice in doc.plotNotices { m += "> **Note.** \(notice)\n\n" }
        m += "## Summary\n\n" + summaryTable(doc.summary) + "\n"
        m += Verdict.allCases.map { "- **\($0.rawValue)**: \(VerdictMeaning.text($0))" }.joined(separator: "\n") + "\n"
        if doc.entries.isEmpty { m += "\nNo claim was selected, or no claim is registered yet for the papers selected.\n" }
        for paper in doc.papers {
            let entries = doc.entries(of: paper)
            m += "\n## \(paper.rawValue)\n\n*\(paper.citation)*\n\n"
            m += "| claim | verdict | source | instances | worst margin | tolerance |\n|---|---|---|--:|--:|--:|\n"
            for entry in entries {
                let r = entry.result
                m += "| [`\(r.id)`](#\(anchor(r.id))) | **\(r.verdict.rawValue)** | \(cell(r.source)) | \(r.instances) | "
                    + "\(ReportNumber.text(r.worstMargin)) | \(ReportNumber.text(r.tolerance)) |\n"
            }
            for entry in entries { m += "\n" + section(entry) }
        }
        return m
    }

    private static func summaryTable(_ s: VerdictSummary) -> String {
        var m = "| paper | " + VerdictSummary.headers.joined(separator: " | ") + " | claims |\n"
        m += "|---|" + String(repeating: "--:|", count: VerdictSummary.headers.count + 1) + "\n"
        for row in s.rows { m += "| \(row.paper.rawValue) | " + row.counts.map(String.init).joined(separator: " | ") + " | \(row.total) |\n" }
        m += "| **all** | " + s.totals.map { "**\($0)**" }.joined(separator: " | ") + " | **\(s.totals.reduce(0, +))** |\n"
        return m
    }

    /// The anchor GitHub-style renderers give the heading `### <id>` (lower case; characters other
    /// than letters, digits, `-` and `_` dropped).
    private static func anchor(_ id: String) -> String {
        String(id.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }

    /// Text safe inside a table cell.
    private static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }

    private static func section(_ entry: ReportDocument.Entry) -> String {
        let r = entry.result
        var m = "### \(r.id)\n\n**\(r.verdict.rawValue)** · \(r.source) · \(r.kind.rawValue)\n\n"
        m += r.statement.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n") + "\n\n"
        var facts: [(String, String)] = []
        if let reading = r.reading { facts.append(("reading", reading)) }
        if !r.hypotheses.isEmpty { facts.append(("hypotheses", r.hypotheses)) }
        if let reason = r.notCheckableReason { facts.append(("not checkable", reason)) }
        if r.kind != .notCheckable { facts.append(("instances", ReportDocument.instancesText(r))) }
        if let w = ReportDocument.worstText(r) { facts.append(("worst comparison", w)) }
        if let rate = ReportDocument.rateText(r) { facts.append(("rate", rate)) }
        if let x = r.worstMargin { facts.append(("worst margin", ReportNumber.text(x))) }
        if let t = r.tolerance { facts.append(("tolerance", ReportNumber.text(t) + (r.toleranceReason.map { " — " + $0 } ?? ""))) }
        if let c = r.counterexample, let command = ReportDocument.recheckCommand(r) {
            facts.append(("counterexample", "[\(c)](\(c))"))
            facts.append(("re-check", "`\(command)`"))
        }
        m += facts.map { "- \($0.0): \($0.1)" }.joined(separator: "\n") + "\n"
        for figure in entry.figures {
            if figure.svg != nil { m += "\n![\(r.id)](plots/\(figure.plot.stem).svg)\n" }
            m += "\n*\(figure.plot.caption)*\n"
        }
        if !entry.tables.isEmpty { m += "\ndata: " + entry.tables.map { "[\($0)](csv/\($0))" }.joined(separator: ", ") + "\n" }
        if !r.quantities.isEmpty {
            m += "\n| quantity at the worst instance | value |\n|---|--:|\n"
            m += r.quantities.map { "| \(cell($0.name)) | \(ReportNumber.text($0.value)) |" }.joined(separator: "\n") + "\n"
        }
        if !r.notes.isEmpty { m += "\nNotes:\n" + r.notes.map { "- \($0)" }.joined(separator: "\n") + "\n" }
        if !r.failures.isEmpty { m += "\nNot measured:\n" + r.failures.map { "- \($0)" }.joined(separator: "\n") + "\n" }
        return m
    }
}
