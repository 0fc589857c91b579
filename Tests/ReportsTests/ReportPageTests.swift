import Claims
import Foundation
import MarkovGames
import Testing
@testable import Reports

@Suite struct ReportPageTests {
    /// Writes the sample claims' report with gnuplot (installed by scripts/setup.sh) into a new folder.
    static func writeReport() throws -> String {
        let dir = scratchFolder("page")
        let gnuplot = try #require(Gnuplot.locate(), "gnuplot is installed by scripts/setup.sh")
        let run = ReportRun(directory: dir, settings: ReportRunTests.settings, resume: false)
        try run.prepare()
        let results = try run.results(for: SampleClaims.all) { _ in }
        let notices = try ReportWriter(directory: dir, gnuplot: gnuplot).write(results, settings: ReportRunTests.settings, command: "test")
        #expect(notices.isEmpty)
        return dir
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }

    /// Nothing is fetched (no script, stylesheet link, image source or remote URL), every in-page
    /// link has its target, and every file link points at a file of the folder.
    @Test func pageIsSelfContainedAndEveryLinkResolves() throws {
        let dir = try Self.writeReport()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let html = try ReportRunTests.read(dir + "/index.html")
        for fetch in ["<script", "<link", "src=", "@import", "https://", "url(http"] { #expect(!html.contains(fetch), "\(fetch)") }
        let ids = Set(Self.matches(#"\bid="([^"]+)""#, in: html))
        let links = Self.matches(#"<a href="([^"]+)""#, in: html)
        #expect(!links.isEmpty)
        for link in links {
            if link.hasPrefix("#") {
                #expect(ids.contains(String(link.dropFirst())), "\(link)")
            } else {
                #expect(FileManager.default.fileExists(atPath: dir + "/" + link), "\(link)")
            }
        }
    }

    /// One inline SVG per plot file, and no id defined twice on the page (gnuplot reuses the
    /// same symbol ids in every plot).
    @Test func everyPlotIsInlineWithDistinctIds() throws {
        let dir = try Self.writeReport()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let html = try ReportRunTests.read(dir + "/index.html")
        let plots = try FileManager.default.contentsOfDirectory(atPath: dir + "/plots").filter { $0.hasSuffix(".svg") }
        // The sample claims draw: the identity's residual histogram, the rate's log–log plot and
        // the monotone sequence (the false bound, the vacuous bound and the constant have no series).
        #expect(plots.sorted() == ["sample.identity__residuals.svg", "sample.monotone.svg", "sample.rate.svg"])
        #expect(html.components(separatedBy: "<svg").count - 1 == plots.count)
        let ids = Self.matches(#"\bid=['"]([^'"]+)['"]"#, in: html)
        #expect(Set(ids).count == ids.count)
        for reference in Self.matches(#"href=['"]#([^'"]+)['"]"#, in: html) { #expect(ids.contains(reference), "\(reference)") }
    }

    /// The summary counts verdicts per paper. By construction of the sample claims: ddpl has a
    /// true identity and a false bound, mappo a true rate and a false monotone statement, haqo a
    /// vacuous bound, ltde a statement registered as not checkable, mfppo nothing.
    @Test func summaryCountsEachPapersVerdicts() throws {
        let dir = try Self.writeReport()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let markdown = try ReportRunTests.read(dir + "/report.md")
        // Columns: holds, violated, vacuous, rate-consistent, rate-inconsistent, not-checkable, claims.
        for row in ["| ddpl | 1 | 1 | 0 | 0 | 0 | 0 | 2 |", "| haqo | 0 | 0 | 1 | 0 | 0 | 0 | 1 |", "| mfppo | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                    "| mappo | 0 | 1 | 0 | 1 | 0 | 0 | 2 |", "| ltde | 0 | 0 | 0 | 0 | 0 | 1 | 1 |",
                    "| **all** | **1** | **2** | **1** | **1** | **0** | **1** | **6** |"] {
            #expect(markdown.contains(row), "\(row)")
        }
    }

    /// The violated claims show the command that re-checks their counterexample, and that
    /// command, run from the report folder, names a file that exists there.
    @Test func violatedClaimsShowTheirRecheckCommand() throws {
        let dir = try Self.writeReport()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let html = try ReportRunTests.read(dir + "/index.html")
        let commands = Self.matches(#"<pre class="command">(marlcheck check [^<]+)</pre>"#, in: html)
        #expect(commands == ["marlcheck check sample.false/step1 --instance counterexamples/sample.false__step1.json",
                             "marlcheck check sample.monotone --instance counterexamples/sample.monotone.json"])
        for command in commands {
            #expect(FileManager.default.fileExists(atPath: dir + "/" + command.components(separatedBy: " ").last!))
        }
    }

    @Test func withoutGnuplotThePageSaysHowToInstallIt() throws {
        let dir = scratchFolder("noplot")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let results = SampleClaims.all.map { ClaimRunner(instances: 2, counterexampleDirectory: dir + "/counterexamples").run($0) }
        let notices = try ReportWriter(directory: dir, gnuplot: nil).write(results, settings: ReportSettings(), command: "test")
        let html = try ReportRunTests.read(dir + "/index.html")
        #expect(notices == [Gnuplot.missingAdvice])
        #expect(html.contains("apt-get install gnuplot-nox"))
        #expect(!html.contains("<svg"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/plots"))
    }

    @Test func statementTextIsEscaped() {
        var r = ClaimResult(id: "x.escape", paper: .ddpl, kind: .upperBound, source: "s", statement: "a < b & \"c\"", reading: nil,
                            hypotheses: "<none>")
        r.verdict = .holds
        let doc = ReportDocument(settings: ReportSettings(), command: "marlcheck report x.escape", entries: [.init(result: r, figures: [], tables: [])],
                                 plotNotices: [])
        let html = HTMLReport.render(doc)
        #expect(html.contains("a &lt; b &amp; &quot;c&quot;"))
        #expect(html.contains("&lt;none&gt;"))
        #expect(!html.contains("<none>"))
    }

    /// The CSV of a series holds its points, in order, readable back to the same doubles.
    @Test func seriesTablesHoldThePoints() throws {
        let dir = scratchFolder("csv")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = ClaimRunner(counterexampleDirectory: dir).run(SampleClaims.sawtooth)
        let files = SeriesTables.files(for: r)
        #expect(files.map(\.name) == ["sample.monotone__series1-k-mod-3.csv"])
        let lines = files[0].text.split(separator: "\n")
        #expect(lines[0] == "\"k\",\"k mod 3: value\"")
        let rows = lines.dropFirst().map { $0.split(separator: ",").map { Double($0)! } }
        #expect(rows == (0...8).map { [Double($0), Double($0 % 3)] })
    }
}
