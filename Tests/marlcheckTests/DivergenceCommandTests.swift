import Foundation
import MarkovGames
import Testing

/// The built `marlcheck` executable: it sits next to the test bundle in the build folder
/// (the folder of the running test executable, or of `Bundle.main`).
private func divergenceToolURL() throws -> URL {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        Bundle.main.bundleURL.deletingLastPathComponent(),
        Bundle.main.bundleURL,
    ].map { $0.appendingPathComponent("marlcheck") }
    return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                        "marlcheck not found next to the tests: \(candidates.map(\.path))")
}

/// Runs `marlcheck divergence ARGS`; returns the exit code, standard output and standard error.
private func runDivergence(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = try divergenceToolURL()
    process.arguments = ["divergence"] + arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// The `--json` object of a successful run.
private func runDivergenceJSON(_ arguments: [String]) throws -> JSONObject {
    let r = try runDivergence(arguments + ["--json"])
    #expect(r.status == 0, "stderr: \(r.err)")
    guard case .object(let o) = try JSONParser.parse(r.out) else { Issue.record("not a JSON object: \(r.out)"); return JSONObject() }
    #expect(o.keys == ["kind", "alpha", "value", "absoluteError", "method"])
    return o
}

private func number(_ v: JSONValue?) -> Double? {
    if case .number(let x) = v { return x }
    return nil
}

@Suite struct DivergenceCommandTests {
    /// D₂((0.2, 0.8)‖(0.5, 0.5)) = ln(0.2²/0.5 + 0.8²/0.5) = ln 1.36; an exact sum has no error estimate.
    @Test func discreteRenyiJSON() throws {
        let o = try runDivergenceJSON(["--kind", "renyi", "--alpha", "2", "--p", "0.2,0.8", "--q", "0.5,0.5"])
        #expect(o["kind"] == .string("renyi"))
        #expect(number(o["alpha"]) == 2)
        #expect(abs(try #require(number(o["value"])) - log(1.36)) <= 1e-15)
        #expect(o["absoluteError"] == .null)
    }

    /// KL(N(0,1)‖N(1,2²)) = ln 2 + (1 + 1)/(2·4) − ½ = ln 2 − ¼ by the closed form; by quadrature
    /// the same to 1e-9 with a numeric error estimate below 1e-10.
    @Test func normalKLClosedFormAndQuadrature() throws {
        let exact = log(2) - 0.25
        let closed = try runDivergenceJSON(["--kind", "kl", "--p", "normal:0,1", "--q", "normal:1,2"])
        #expect(abs(try #require(number(closed["value"])) - exact) <= 1e-15)
        #expect(closed["absoluteError"] == .null)
        let quad = try runDivergenceJSON(["--kind", "kl", "--p", "normal:0,1", "--q", "normal:1,2", "--method", "quadrature"])
        #expect(abs(try #require(number(quad["value"])) - exact) <= 1e-9)
        #expect(try #require(number(quad["absoluteError"])) <= 1e-10)
    }

    /// TV of N(0,1) truncated to [0, ∞) against N(0,1): p = 2φ on [0, ∞), so TV = ½(∫₀^∞ φ + ∫_{−∞}^0 φ) = ½.
    @Test func truncatedNormalTotalVariation() throws {
        let o = try runDivergenceJSON(["--kind", "tv", "--p", "truncnormal:0,1,0,inf", "--q", "normal:0,1"])
        #expect(abs(try #require(number(o["value"])) - 0.5) <= 1e-9)
    }

    /// q = 0 where p > 0: KL is +∞, written as the string "+inf"; α = inf accepted.
    @Test func infiniteValuesAreWrittenAsStrings() throws {
        let o = try runDivergenceJSON(["--kind", "kl", "--p", "0.5,0.5", "--q", "1,0"])
        #expect(o["value"] == .string("+inf"))
        let r = try runDivergenceJSON(["--kind", "renyi", "--alpha", "inf", "--p", "0.8,0.2,0", "--q", "0.5,0.25,0.25"])
        #expect(abs(try #require(number(r["value"])) - log(1.6)) <= 1e-15)
    }

    /// Human output names the kind and prints the value.
    @Test func humanOutput() throws {
        let r = try runDivergence(["--kind", "tv", "--p", "0.2,0.8", "--q", "0.5,0.5"])
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("tv") && r.out.contains("0.3"))
    }

    /// Bad input: exit code 2, a message naming the option, nothing on standard output.
    @Test(arguments: [
        (["--kind", "kl", "--p", "0.2,0.7", "--q", "0.5,0.5"], "--p"),
        (["--kind", "kl", "--p", "0.2,0.8", "--q", "0.2,0.3,0.5"], "--q"),
        (["--kind", "renyi", "--alpha=-1", "--p", "0.2,0.8", "--q", "0.5,0.5"], "--alpha"),
        (["--kind", "renyi", "--p", "0.2,0.8", "--q", "0.5,0.5"], "--alpha"),
        (["--kind", "kl", "--p", "gamma:1,2", "--q", "normal:0,1"], "--p"),
        (["--kind", "kl", "--p", "normal:0,1", "--q", "normal:0,0"], "--q"),
        (["--kind", "median", "--p", "0.5,0.5", "--q", "0.5,0.5"], "--kind"),
    ])
    func badInputExitsWithTwo(arguments: [String], option: String) throws {
        let r = try runDivergence(arguments)
        #expect(r.status == 2)
        #expect(r.err.contains("marlcheck: error: \(option)"), "stderr: \(r.err)")
        #expect(r.out.isEmpty)
    }

    @Test func helpHasExamples() throws {
        let r = try runDivergence(["--help"])
        #expect(r.status == 0)
        #expect(r.out.contains("Examples:") && r.out.contains("marlcheck divergence --kind renyi --alpha 2"))
    }
}
