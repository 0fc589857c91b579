import Learners
import MarkovGames

/// The settings of a sweep, as its JSON document and its text header record them.
struct SweepSettings {
    let game: Game
    let gameHash: String
    let plan: SweepPlan
    let iterations: Int
    /// M: iterations k with k mod M = 0, and k = K, are evaluated.
    let every: Int
    let until: StoppingCondition?
    /// J* (shared rewards).
    let optimum: Double?
}

/// The renderings of a sweep: a short text table, the JSON document `marlcheck.sweep/1` and CSV
/// (docs/formats.md). Every rendering depends only on the settings and the results, so the same
/// arguments and seed give the same bytes.
enum SweepReport {
    static let format = "marlcheck.sweep/1"

    // MARK: JSON

    static func json(_ s: SweepSettings, results: [SweepRunResult]) -> JSONValue {
        var o = JSONObject()
        o["format"] = .string(format)
        o["game"] = .object([("name", .string(s.game.name)), ("hash", .string(s.gameHash))])
        o["learners"] = .array(s.plan.learners.map { .string($0.name) })
        o["iterations"] = .number(Double(s.iterations))
        o["every"] = .number(Double(s.every))
        o["until"] = s.until.map { .string($0.text) } ?? .null
        o["seed"] = .string(String(s.plan.seeds[0]))
        o["seeds"] = .number(Double(s.plan.seeds.count))
        o["grid"] = .array(s.plan.grids.map { g in
            .object([("learner", g.learner.map(JSONValue.string) ?? .null), ("name", .string(g.name)), ("values", .array(g.values.map(JSONValue.string)))])
        })
        o["parameters"] = .array(s.plan.fixed.map { p in
            .object([("learner", p.learner.map(JSONValue.string) ?? .null), ("name", .string(p.name)), ("value", .string(p.values[0]))])
        })
        o["optimalObjective"] = s.optimum.map(JSONValue.real) ?? .null
        o["rows"] = .array(results.map(row))
        o["summary"] = .array(s.plan.seeds.count > 1 ? SweepPointSummary.of(results).map(summary) : [])
        return .object(o)
    }

    static func row(_ r: SweepRunResult) -> JSONValue {
        var o = JSONObject()
        o["learner"] = .string(r.plan.learner.name)
        o["grid"] = .object(r.plan.grid.map { ($0.0, JSONValue.string($0.1)) })
        o["seed"] = .string(String(r.plan.seed))
        o["parameters"] = .object(r.parameters.map { ($0.0, JSONValue.string($0.1)) })
        o["evaluations"] = .number(Double(r.evaluations))
        o["final"] = r.final.map { e in
            .object([("iteration", .number(Double(e.iteration))), ("objective", .real(e.objective)),
                     ("optimalityGap", e.optimalityGap.map(JSONValue.real) ?? .null), ("nashGap", e.nashGap.map(JSONValue.real) ?? .null)])
        } ?? .null
        o["until"] = r.stopping.map { p in
            .object([("reached", .bool(p.reachedAt != nil)), ("iteration", p.reachedAt.map { .number(Double($0)) } ?? .null),
                     ("best", p.best.map { .real($0.value) } ?? .null), ("bestIteration", p.best.map { .number(Double($0.iteration)) } ?? .null)])
        } ?? .null
        o["trace"] = r.trace.map(JSONValue.string) ?? .null
        o["failure"] = r.failure.map(JSONValue.string) ?? .null
        return .object(o)
    }

    static func summary(_ p: SweepPointSummary) -> JSONValue {
        let number: (Double?) -> JSONValue = { $0.map(JSONValue.real) ?? .null }
        var o = JSONObject()
        o["learner"] = .string(p.learner)
        o["grid"] = .object(p.grid.map { ($0.0, JSONValue.string($0.1)) })
        o["runs"] = .number(Double(p.runs))
        o["reached"] = p.reached.map { .number(Double($0)) } ?? .null
        o["reachIteration"] = p.reachIteration.map { r in
            .object([("median", number(r.median)), ("min", number(r.min)), ("max", number(r.max))])
        } ?? .null
        o["finalObjective"] = p.finalObjective.map { f in
            .object([("median", .real(f.median)), ("min", .real(f.min)), ("max", .real(f.max))])
        } ?? .null
        return .object(o)
    }

    // MARK: CSV

    /// One header line and one line per run (RFC 4180; empty fields where a value does not apply).
    static func csv(_ s: SweepSettings, results: [SweepRunResult]) -> String {
        let names = s.plan.gridNames
        var lines = [(["learner"] + names + ["seed", "iteration", "evaluations", "objective", "optimalityGap", "nashGap",
                                              "reached", "reachIteration", "best", "bestIteration", "trace", "failure"]).map(field).joined(separator: ",")]
        for r in results {
            let grid = names.map { n in r.plan.grid.first { $0.0 == n }?.1 ?? "" }
            let e = r.final, p = r.stopping
            let cells: [String] = [r.plan.learner.name] + grid + [
                String(r.plan.seed), e.map { String($0.iteration) } ?? "", String(r.evaluations),
                e.map { number($0.objective) } ?? "", e?.optimalityGap.map(number) ?? "", e?.nashGap.map(number) ?? "",
                p.map { $0.reachedAt != nil ? "true" : "false" } ?? "", p?.reachedAt.map { String($0) } ?? "",
                p?.best.map { number($0.value) } ?? "", p?.best.map { String($0.iteration) } ?? "",
                r.trace ?? "", r.failure ?? "",
            ]
            lines.append(cells.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The shortest decimal that reads back to the same double; `nan`, `inf`, `-inf` otherwise.
    static func number(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        return JSONWriter.format(x)
    }

    /// A CSV field, quoted only when it holds a comma, a quote or a line break (an inner quote doubled).
    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: Text

    static func text(_ s: SweepSettings, results: [SweepRunResult]) -> String {
        let n = ResultText.number
        let points = Set(results.map { r in ([r.plan.learner.name] + r.plan.grid.map { "\($0.0)=\($0.1)" }).joined(separator: " ") }).count
        var out = "sweep on '\(s.game.name)' (\(s.gameHash)): \(results.count) runs (\(points) learner and grid points × \(s.plan.seeds.count) seed\(s.plan.seeds.count == 1 ? "" : "s")), K = \(s.iterations), "
        out += s.every == 1 ? "every iteration evaluated" : "evaluated at k = 0, \(s.every), \(2 * s.every), … and K"
        if let u = s.until { out += "; until \(u.text)" }
        if let j = s.optimum { out += "; J* = \(n(j))" }
        out += "\n\n"
        let names = s.plan.gridNames
        var table: [[String]] = [["learner"] + names + ["seed", "k", "J", "J*−J", "NE-gap"] + (s.until.map { [$0.text] } ?? [])]
        for r in results {
            var cells = [r.plan.learner.name] + names.map { n in r.plan.grid.first { $0.0 == n }?.1 ?? "" } + [String(r.plan.seed)]
            if let e = r.final {
                cells += [String(e.iteration), n(e.objective), e.optimalityGap.map(n) ?? "–", e.nashGap.map(n) ?? "–"]
            } else {
                cells += ["–", "–", "–", "–"]
            }
            if let p = r.stopping { cells.append(reach(p)) }
            if let f = r.failure { cells.append("failed: \(f)") }
            table.append(cells)
        }
        out += formatTable(table)
        if s.plan.seeds.count > 1 {
            out += "\n\nper learner and grid point, over \(s.plan.seeds.count) seeds:\n"
            var rows: [[String]] = [["learner"] + names + (s.until.map { _ in ["reached", "median k", "range of k"] } ?? []) + ["median J", "range of J"]]
            for p in SweepPointSummary.of(results) {
                var cells = [p.learner] + names.map { n in p.grid.first { $0.0 == n }?.1 ?? "" }
                if let reached = p.reached, let k = p.reachIteration {
                    let it: (Double?) -> String = { $0.map(n) ?? "not reached" }
                    cells += ["\(reached)/\(p.runs)", it(k.median), reached == 0 ? "–" : "\(it(k.min)) – \(it(k.max))"]
                }
                cells += p.finalObjective.map { [n($0.median), "\(n($0.min)) – \(n($0.max))"] } ?? ["–", "–"]
                rows.append(cells)
            }
            out += formatTable(rows)
        }
        return out
    }

    /// "248", or "not reached (best 0.93 at k = 20000)".
    static func reach(_ p: StoppingProgress) -> String {
        if let k = p.reachedAt { return String(k) }
        guard let best = p.best else { return "not reached" }
        return "not reached (best \(ResultText.number(best.value)) at k = \(best.iteration))"
    }
}
