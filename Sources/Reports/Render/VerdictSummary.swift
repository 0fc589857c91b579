import Claims

/// How many claims of each paper got each verdict: the table at the top of a report.
struct VerdictSummary {
    struct Row {
        let paper: Paper
        /// Counts in `Verdict.allCases` order.
        let counts: [Int]
        var total: Int { counts.reduce(0, +) }
    }

    let rows: [Row]
    /// Column totals, in `Verdict.allCases` order.
    let totals: [Int]

    /// One row per paper in the papers' order, including papers with no result.
    init(_ results: [ClaimResult]) {
        let rows = Paper.allCases.map { paper in
            let mine = results.filter { $0.paper == paper }
            return Row(paper: paper, counts: Verdict.allCases.map { v in mine.filter { $0.verdict == v }.count })
        }
        self.rows = rows
        totals = Verdict.allCases.indices.map { k in rows.reduce(0) { $0 + $1.counts[k] } }
    }

    /// Column headers, in `Verdict.allCases` order.
    static let headers = Verdict.allCases.map(\.rawValue)
}

/// What each verdict means, in one sentence (the legend under the summary).
enum VerdictMeaning {
    static func text(_ v: Verdict) -> String {
        switch v {
        case .holds: "every instance within the stated tolerance"
        case .violated: "an instance breaks the statement; the counterexample is saved and can be re-checked"
        case .vacuous: "holds, but on every instance the bound is no better than the trivial one"
        case .rateConsistent: "the fitted exponent agrees with the claimed rate within its 95% interval"
        case .rateInconsistent: "the fitted exponent disagrees with the claimed rate beyond its 95% interval"
        case .notCheckable: "cannot be checked by computation (the reason is given), or no instance could be measured"
        }
    }
}
