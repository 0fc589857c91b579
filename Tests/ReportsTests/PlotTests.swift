import Claims
import Foundation
import Testing
@testable import Reports

@Suite struct PlotTests {
    @Test func stepLabelsNameTheirPosition() {
        #expect(PlotBuilder.stepPosition("k=3") == 3)
        #expect(PlotBuilder.stepPosition("K = 100") == 100)
        #expect(PlotBuilder.stepPosition("epoch t=2.5") == 2.5)
        #expect(PlotBuilder.stepPosition("step three") == nil)
        #expect(PlotBuilder.stepPosition("k=") == nil)
    }

    /// log10 of 1e-16, 2e-16 and 1e-15 are −16, −15.699 and −15; in quarter-decade bins
    /// [−16, −15.75), [−15.75, −15.5) and [−15, −14.75), centred at −15.875, −15.625, −14.875.
    @Test func residualHistogramCountsByQuarterDecade() {
        let bins = PlotBuilder.histogram([1e-16, 2e-16, 1e-15, 1e-15].map(log10))
        #expect(bins.map(\.x) == [-15.875, -15.625, -14.875])
        #expect(bins.map(\.y) == [1, 1, 2])
    }

    /// For y = 3·x^(−1) exactly, the line log y = c − log x through the points has c = log 3.
    @Test func fittedLineInterceptOfAnExactPowerLaw() {
        let points = [1.0, 10, 100, 1000].map { (x: $0, y: 3 / $0) }
        // Each log y + log x equals log 3 to one rounding of the logs (|log y| ≤ 6.9): 1e-14.
        #expect(abs(PlotBuilder.logIntercept(points, slope: -1) - log(3)) < 1e-14)
    }

    /// 4000 points thin to every 3rd (the least stride keeping ≤ 1500: 4000/3 → 1334 points) plus the last.
    @Test func longSeriesAreThinnedEvenlyKeepingBothEnds() {
        let points = (0..<4000).map { (x: Double($0), y: Double($0 * $0)) }
        let drawn = PlotBuilder.thinned(points)
        #expect(drawn.count == 1334)
        #expect(drawn.first!.x == 0 && drawn.last!.x == 3999)
        #expect(zip(drawn.dropLast(), drawn.dropFirst().dropLast()).allSatisfy { $1.x - $0.x == 3 })
        #expect(PlotBuilder.thinned(Array(points.prefix(1500))).count == 1500)
    }

    /// Data on [0.2, 1.1], under one decade: ticks at 0.2, 0.5 and 1 (the 1-2-5 values within
    /// [0.2/1.2, 1.1·1.2] = [0.167, 1.32]).
    @Test func shortLogAxesGetOneTwoFiveTicks() {
        #expect(GnuplotScript.oneTwoFive(from: 0.2, to: 1.1).map(\.label) == ["0.2", "0.5", "1"])
        #expect(GnuplotScript.oneTwoFive(from: 3, to: 40).map(\.value) == [5, 10, 20])
    }

    /// The sawtooth's violated steps k=3 and k=6 are marked at (3, 0) and (6, 0).
    @Test func monotonePlotMarksTheViolatedSteps() throws {
        let dir = scratchFolder("marks")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = ClaimRunner(counterexampleDirectory: dir).run(SampleClaims.sawtooth)
        let plot = try #require(PlotBuilder.plots(for: r).first)
        #expect(plot.script.contains("$violations << EOD\n3.0 0.0\n6.0 0.0\nEOD\n"))
        #expect(plot.caption.contains("2 steps violate the claim (in red): k=3; k=6."))
    }

    /// Two copies of one gnuplot SVG inlined on a page define no id twice, and each reference
    /// points at an id of its own copy.
    @Test func inlinedPlotsKeepTheirIdsApart() throws {
        let gnuplot = try #require(Gnuplot.locate(), "gnuplot is installed by scripts/setup.sh")
        let svg = try gnuplot.svg("plot '-' using 1:2 with points pt 7 title 'a'\n1 2\n2 3\ne\n")
        let page = InlineSVG.embed(svg, prefix: "one") + InlineSVG.embed(svg, prefix: "two")
        #expect(!page.contains("<?xml"))
        let ids = ReportPageTests.matches(#"\bid=['"]([^'"]+)['"]"#, in: page)
        #expect(ids.count > 2)
        #expect(Set(ids).count == ids.count)
        let references = ReportPageTests.matches(#"href=['"]#([^'"]+)['"]"#, in: page)
        #expect(!references.isEmpty)
        for reference in references { #expect(ids.contains(reference)) }
    }

    @Test func gnuplotErrorsAreReported() throws {
        let gnuplot = try #require(Gnuplot.locate(), "gnuplot is installed by scripts/setup.sh")
        #expect(throws: GnuplotError.self) { try gnuplot.svg("plot $undefined using 1:2") }
    }
}
