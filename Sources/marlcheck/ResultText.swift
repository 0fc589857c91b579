import Claims

/// Human-readable renderings of claim results: short lines for many claims, a PEPit-style block
/// (both sides and every constant printed side by side) for one.
enum ResultText {
    static func number(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "+inf" : "-inf" }
        if x == 0 { return "0" }
        let a = abs(x)
        return a >= 1e-3 && a < 1e6 ? String(format: "%.6g", x) : String(format: "%.4e", x)
    }

    static func line(_ r: ClaimResult) -> String {
        var parts = [r.id.padding(toLength: max(r.id.count, 36), withPad: " ", startingAt: 0),
                     r.verdict.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)]
        if let rate = r.rate {
            parts.append("slope \(number(rate.fittedExponent)) [\(number(rate.interval.lowerBound)), \(number(rate.interval.upperBound))] vs claimed \(number(rate.claimedExponent)) (\(rate.kind.rawValue))")
        } else if let w = r.worst {
            parts.append("\(r.instances) inst.  worst: \(number(w.lhs)) \(w.relation.rawValue) \(number(w.rhs))  margin \(number(r.worstMargin ?? .nan)) (tol \(number(r.tolerance ?? .nan)))")
        } else if let reason = r.notCheckableReason {
            parts.append(reason)
        }
        if let c = r.counterexample { parts.append("→ \(c)") }
        return parts.joined(separator: " ")
    }

    static func detail(_ r: ClaimResult) -> String {
        var rows: [[String]] = [["claim", r.id], ["source", r.source], ["kind", r.kind.rawValue], ["verdict", r.verdict.rawValue]]
        if let reading = r.reading { rows.append(["reading", reading]) }
        if !r.hypotheses.isEmpty { rows.append(["hypotheses", r.hypotheses]) }
        rows.append(["instances", "\(r.instances)" + (r.searched ? " (search measured \(r.searchEvaluations) more)" : "")])
        if let w = r.worst {
            rows.append(["worst", "\(w.label.isEmpty ? "" : w.label + ": ")\(number(w.lhs)) \(w.relation.rawValue) \(number(w.rhs))"])
        }
        if let rate = r.rate {
            rows.append(["fitted exponent", "\(number(rate.fittedExponent)), 95% [\(number(rate.interval.lowerBound)), \(number(rate.interval.upperBound))] over \(rate.points) points (\(rate.yLabel) vs \(rate.xLabel))"])
            rows.append(["claimed exponent", "\(number(rate.claimedExponent)) (\(rate.kind.rawValue))"])
        }
        if let m = r.worstMargin { rows.append(["worst margin", number(m)]) }
        if let t = r.tolerance { rows.append(["tolerance", "\(number(t)) — \(r.toleranceReason ?? "")"]) }
        if r.vacuousInstances > 0 { rows.append(["vacuous on", "\(r.vacuousInstances) of \(r.instances) instances"]) }
        if let reason = r.notCheckableReason { rows.append(["not checkable", reason]) }
        if let c = r.counterexample {
            rows.append(["counterexample", c])
            rows.append(["re-check", "marlcheck check \(r.id) --instance \(c)"])
        }
        var text = "\(r.statement)\n\n" + formatTable(rows)
        if !r.quantities.isEmpty {
            text += "\n\nquantities at the worst instance:\n" + formatTable(r.quantities.map { ["  \($0.name)", number($0.value)] })
        }
        if !r.notes.isEmpty { text += "\n\nnotes:\n" + r.notes.map { "  - \($0)" }.joined(separator: "\n") }
        if !r.failures.isEmpty { text += "\n\nnot measured:\n" + r.failures.map { "  - \($0)" }.joined(separator: "\n") }
        return text
    }

    static func summary(_ results: [ClaimResult]) -> String {
        let counts = Verdict.allCases.compactMap { v -> String? in
            let n = results.filter { $0.verdict == v }.count
            return n > 0 ? "\(n) \(v.rawValue)" : nil
        }
        return "\(results.count) claims: " + counts.joined(separator: ", ")
    }
}

import Foundation
