import Claims

/// Everything a report page shows, gathered once and rendered as HTML and as Markdown.
struct ReportDocument {
    /// A claim with its figures and data files.
    struct Entry {
        let result: ClaimResult
        let figures: [Figure]
        /// Files in csv/ holding the plotted series.
        let tables: [String]
        /// File-name stem (anchors, plots, tables).
        var stem: String { ReportFileNames.stem(result.id) }
    }

    /// A plot and its SVG; `svg` is nil when gnuplot is missing or failed on it.
    struct Figure {
        let plot: Plot
        let svg: String?
    }

    let settings: ReportSettings
    /// The command that re-runs this report.
    let command: String
    let entries: [Entry]
    /// Why some or all plots are missing (gnuplot not installed, or its error).
    let plotNotices: [String]

    var summary: VerdictSummary { VerdictSummary(entries.map(\.result)) }

    /// Papers that have at least one claim in the report, in the papers' order.
    var papers: [Paper] { Paper.allCases.filter { p in entries.contains { $0.result.paper == p } } }

    func entries(of paper: Paper) -> [Entry] { entries.filter { $0.result.paper == paper } }

    /// One sentence on how the claims were run.
    var settingsSentence: String {
        let instances = settings.instances.map { "\($0) random instances per claim" } ?? "each claim's default number of random instances"
        let search = settings.search ? "with the counterexample search (random draws, Nelder–Mead on the margin, shrinking)"
            : "without the counterexample search"
        return "Seed \(settings.seed), \(instances), \(search)."
    }

    /// The command that re-checks a saved counterexample, run from inside the report folder.
    static func recheckCommand(_ r: ClaimResult) -> String? {
        r.counterexample.map { "marlcheck check \(r.id) --instance \($0)" }
    }

    /// "lhs relation rhs" of the worst comparison, with its label.
    static func worstText(_ r: ClaimResult) -> String? {
        guard let w = r.worst else { return nil }
        let relation = switch w.relation {
        case .lessOrEqual: "≤"
        case .greaterOrEqual: "≥"
        case .equal: "="
        }
        return (w.label.isEmpty ? "" : w.label + ": ") + "\(ReportNumber.text(w.lhs)) \(relation) \(ReportNumber.text(w.rhs))"
    }

    /// The fitted and claimed exponents of a rate claim, in words.
    static func rateText(_ r: ClaimResult) -> String? {
        guard let f = r.rate else { return nil }
        let relation = f.kind == .atMost ? "≤" : "="
        return "fitted slope \(ReportNumber.text(f.fittedExponent)), 95% interval [\(ReportNumber.text(f.interval.lowerBound)), "
            + "\(ReportNumber.text(f.interval.upperBound))] over \(f.points) points (\(f.yLabel) against \(f.xLabel)); "
            + "claimed slope \(relation) \(ReportNumber.text(f.claimedExponent))"
    }

    /// Instances run, and what the search added.
    static func instancesText(_ r: ClaimResult) -> String {
        var text = "\(r.instances)"
        if r.searched { text += " (the search measured \(r.searchEvaluations) more)" }
        if r.vacuousInstances > 0 { text += "; the bound was vacuous on \(r.vacuousInstances)" }
        return text
    }
}
