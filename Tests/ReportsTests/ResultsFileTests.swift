import Claims
import Foundation
import MarkovGames
import Testing
@testable import Reports

/// A fresh empty folder under the temporary directory, removed by the caller.
func scratchFolder(_ label: String) -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("marlcheck-\(label)-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

@Suite struct ResultsFileTests {
    /// Every shape of result (identity residuals, counterexample, rate fit, series, violated
    /// steps, vacuous count, not-checkable reason) reads back to the same bytes.
    @Test func everyResultReadsBackToTheSameBytes() throws {
        let dir = scratchFolder("results")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let runner = ClaimRunner(instances: 3, seed: 4, counterexampleDirectory: dir)
        for claim in SampleClaims.all {
            let r = runner.run(claim)
            let back = try ClaimResultReader.decode(JSONReader(r.json))
            #expect(JSONWriter.pretty(back.json) == JSONWriter.pretty(r.json), "\(claim.id)")
        }
    }

    @Test func resultsFileKeepsSettingsAndOrder() throws {
        let dir = scratchFolder("results")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let results = SampleClaims.all.map { ClaimRunner(instances: 2, seed: 9, counterexampleDirectory: dir).run($0) }
        let settings = ReportSettings(seed: 9, instances: 2, search: true)
        let text = JSONWriter.pretty(ResultsFile.encode(results, settings: settings))
        let back = try ResultsFile.decode(JSONParser.parse(text))
        #expect(back.settings == settings)
        #expect(back.results.map(\.id) == SampleClaims.all.map(\.id))
        #expect(JSONWriter.pretty(ResultsFile.encode(back.results, settings: back.settings)) == text)
    }

    @Test func readerNamesTheFieldThatIsWrong() throws {
        var o = JSONObject()
        if case .object(let r) = ClaimRunner(instances: 1).run(SampleClaims.vacuousBound).json { o = r }
        o["verdict"] = .string("fine")
        let document = JSONValue.object([("format", .string(ResultsFile.format)), ("seed", .string("1")), ("search", .bool(false)),
                                         ("results", .array([.object(o)]))])
        #expect {
            _ = try ResultsFile.decode(document)
        } throws: { error in
            let e = error as? ModelError
            return e?.path == "results[0].verdict" && e?.rule.contains("rate-consistent") == true
        }
    }

    /// `k mod 3` drops from 2 to 0 at k = 3 and k = 6 (and nowhere else on 0…8).
    @Test func violatedStepsAreTheFailingMeasurements() {
        let dir = scratchFolder("steps")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = ClaimRunner(counterexampleDirectory: dir).run(SampleClaims.sawtooth)
        #expect(r.verdict == .violated)
        #expect(r.violatedSteps.map(\.label) == ["k=3", "k=6"])
        #expect(r.violatedSteps.map(\.lhs) == [0, 0])
        #expect(r.violatedSteps.map(\.rhs) == [2, 2])
    }
}
