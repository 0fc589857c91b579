import ArgumentParser
import Claims
import Foundation
import Learners
import MarkovGames

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate a trace against its game: exact J, optimality gap, NE-gap, Q-estimate errors, per-iterate claims.",
        discussion: """
        TRACE is a marlcheck.trace/1 file (docs/trace-format.md), written by `marlcheck run` or by any tool (examples/python/). Every iterate is evaluated exactly: J(π^k), J* − J(π^k) (shared rewards), NE-gap(π^k) (product policies), the error of the learner's own Q estimates against the exact Q of the same kind, and, when the header declares the exact target update, TV and KL between π^k and the exact update from π^{k−1}.

        A trace that does not match its game (another game hash, wrong shapes, rows not summing to 1) is refused with exit code 2, naming the line and the field.

        Claims (--claims, comma-separated; all by default):
        \(TraceCheck.all.map { "  \($0.id.padding(toLength: 20, withPad: " ", startingAt: 0))\($0.statement) [\($0.source)]" }.joined(separator: "\n"))

        Examples:
          marlcheck validate decspg.jsonl --game game.json
          marlcheck validate trace.jsonl --game game.json --claims monotone,ne-gap-rate --json
        """
    )

    @Argument(help: "The trace file.")
    var trace: String

    @Option(help: "The game file the trace was written for.")
    var game: String

    @Option(help: "Trace claims to check, comma-separated (default: all).")
    var claims: String?

    @Option(help: "Iterate rows printed in the table (evenly spaced; the JSON output has all).")
    var rows = 21

    @Flag(help: "Print JSON (marlcheck.validation/1).")
    var json = false

    @Flag(help: "Exit with status 1 when a claim is violated or rate-inconsistent.")
    var failOnViolation = false

    func run() throws {
        let (loadedGame, loadedTrace, checks) = try reportingInputErrors { () throws -> (Game, Trace, [TraceCheck]) in
            let g = try GameFile.load(game)
            let text = String(decoding: try FileIO.read(game), as: UTF8.self)
            return (g, try Trace.load(trace, game: g, gameFileText: text), try TraceCheck.select(claims))
        }
        let evaluation = try reportingInputErrors { try TraceEvaluation(trace: loadedTrace, game: loadedGame) }
        let results = checks.map { TraceCheckResult($0, on: evaluation) }
        if json {
            print(JSONWriter.pretty(ValidationReport.json(trace: trace, evaluation: evaluation, results: results)), terminator: "")
        } else {
            print(ValidationReport.text(evaluation: evaluation, results: results, rows: rows))
        }
        if failOnViolation && results.contains(where: { $0.verdict == .violated || $0.verdict == .rateInconsistent }) {
            throw ExitCode(1)
        }
    }
}

/// The human and machine renderings of a validated trace.
enum ValidationReport {
    static func json(trace: String, evaluation ev: TraceEvaluation, results: [TraceCheckResult]) -> JSONValue {
        var o = JSONObject()
        o["format"] = .string("marlcheck.validation/1")
        o["trace"] = .string(trace)
        o["learner"] = .string(ev.header.learner)
        o["game"] = .object([("name", .string(ev.game.name)), ("hash", .string(ev.header.gameHash))])
        o["optimalObjective"] = ev.optimalObjective.map(JSONValue.real) ?? .null
        o["iterates"] = .array(ev.rows.map(row))
        o["claims"] = .array(results.map(\.json))
        return .object(o)
    }

    static func row(_ r: IterateEvaluation) -> JSONValue {
        var o = JSONObject()
        o["iteration"] = .number(Double(r.iteration))
        o["objective"] = .real(r.objective)
        o["objectiveErrorBound"] = .real(r.objectiveErrorBound)
        o["optimalityGap"] = r.optimalityGap.map(JSONValue.real) ?? .null
        o["nashGap"] = r.nashGap.map(JSONValue.real) ?? .null
        if let q = r.qError {
            o["qError"] = .object([("kind", .string(q.kind.rawValue)), ("max", .real(q.maximum)), ("rms", .real(q.rootMeanSquare))])
        }
        if let t = r.exactTarget {
            o["exactTarget"] = .object([("tv", .real(t.distance.totalVariation)), ("kl", .real(t.distance.kullbackLeibler)),
                                        ("targetObjective", .real(t.targetObjective))])
        }
        if let t = r.recordedTarget {
            o["recordedTarget"] = .object([("tv", .real(t.totalVariation)), ("kl", .real(t.kullbackLeibler))])
        }
        return .object(o)
    }

    static func text(evaluation ev: TraceEvaluation, results: [TraceCheckResult], rows: Int) -> String {
        let n = ResultText.number
        var out = "trace of \(ev.header.learner) on '\(ev.game.name)' (\(ev.header.gameHash))"
        if let seed = ev.header.seed { out += ", seed \(seed)" }
        out += ", \(ev.rows.count) iterates"
        if let j = ev.optimalObjective { out += "; J* = \(n(j))" }
        if let t = ev.header.target { out += "; exact target: \(t.name)" }
        out += "\n\n"
        let hasQ = ev.rows.contains { $0.qError != nil }
        let hasTarget = ev.rows.contains { $0.exactTarget != nil || $0.recordedTarget != nil }
        var table: [[String]] = [["k", "J", "J*−J", "NE-gap"] + (hasQ ? ["Q err max", "Q err rms"] : []) + (hasTarget ? ["TV to exact", "KL to exact"] : [])]
        for r in sample(ev.rows, count: rows) {
            var cells = [String(r.iteration), n(r.objective), r.optimalityGap.map(n) ?? "–", r.nashGap.map(n) ?? "–"]
            if hasQ { cells += [r.qError.map { n($0.maximum) } ?? "–", r.qError.map { n($0.rootMeanSquare) } ?? "–"] }
            if hasTarget {
                let d = r.exactTarget?.distance ?? r.recordedTarget
                cells += [d.map { n($0.totalVariation) } ?? "–", d.map { n($0.kullbackLeibler) } ?? "–"]
            }
            table.append(cells)
        }
        out += formatTable(table)
        if ev.rows.count > rows { out += "\n(\(min(rows, ev.rows.count)) of \(ev.rows.count) iterates shown; --json has all)" }
        out += "\n\nclaims:\n" + results.map { "  " + $0.line }.joined(separator: "\n")
        return out
    }

    /// `count` rows evenly spaced, always with the first and the last.
    static func sample<T>(_ rows: [T], count: Int) -> [T] {
        guard rows.count > count, count >= 2 else { return rows }
        return (0..<count).map { rows[($0 * (rows.count - 1)) / (count - 1)] }
    }
}
