import Claims
import Foundation
import Learners
import MarkovGames

/// The per-iterate claims `validate` holds a trace against, built on the claim engine's
/// `Measurement`, `RateObservation` and `RateFit`. Each is a statement of one of the papers about
/// the iterates of an algorithm, checked on the iterates the trace holds.
struct TraceCheck: Sendable {
    let id: String
    let source: String
    let statement: String
    let kind: ClaimKind
    /// The measurements (or rate) on an evaluated trace; `nil` with the reason when the check does
    /// not apply to this trace.
    let measure: @Sendable (TraceEvaluation) -> Result<Evaluation, TraceCheckSkip>

    static let all: [TraceCheck] = [monotone, nashGapRate, optimalityGapRate, perturbation]

    /// The checks named by `list` (ids with or without the `trace.` prefix, comma-separated); all when nil.
    static func select(_ list: String?) throws(ModelError) -> [TraceCheck] {
        guard let list else { return all }
        return try list.split(separator: ",").map { raw throws(ModelError) in
            let name = raw.trimmingCharacters(in: .whitespaces)
            let id = name.hasPrefix("trace.") ? name : "trace." + name
            guard let c = all.first(where: { $0.id == id }) else {
                throw ModelError(path: "--claims", "no trace claim '\(name)' (one of: \(all.map(\.id).joined(separator: ", ")))")
            }
            return c
        }
    }

    /// J(π^k) ≥ J(π^{k−1}) at every step (the monotone improvement of exact DecSPG, ddpl eq. (76);
    /// of HAQO, haqo Thm. 5.4; of exact MF-PPO and MA-PPO, whose mirror steps improve every state).
    static let monotone = TraceCheck(
        id: "trace.monotone", source: "ddpl eq. (76); haqo Thm. 5.4 (monotone improvement)",
        statement: "J(π^k) ≥ J(π^{k−1}) for every k.", kind: .monotone
    ) { ev in
        var ms: [Claims.Measurement] = []
        for (a, b) in zip(ev.rows, ev.rows.dropFirst()) where b.iteration == a.iteration + 1 {
            ms.append(Claims.Measurement("k=\(b.iteration)", lhs: b.objective, .greaterOrEqual, rhs: a.objective,
                                  tolerance: Tolerance(a.objectiveErrorBound + b.objectiveErrorBound,
                                                       "forward-error bounds of the two exact evaluations (κ∞·8|S|ε·‖V‖∞ each)")))
        }
        guard !ms.isEmpty else { return .failure(TraceCheckSkip("needs two consecutive iterations")) }
        let series = PlotSeries(name: "J(π^k)", x: ev.rows.map { Double($0.iteration) }, y: ev.rows.map(\.objective),
                                xLabel: "k", yLabel: "J")
        return .success(Evaluation(measurements: ms, series: [series]))
    }

    /// (1/K) Σ_{k<K} NE-gap(π^k)² = O(n/K) (ddpl Thm. C.1, exact DecSPG): the fitted log–log slope of
    /// the running mean against K must not be significantly above −1.
    static let nashGapRate = TraceCheck(
        id: "trace.ne-gap-rate", source: "ddpl Thm. C.1 (= Zhang et al. 2022, Thm. 5)",
        statement: "(1/K) Σ_{k=0}^{K−1} NE-gap(π^k)² ≤ (6M(r_max − r_min)²/(c(1−γ)³)) · n/K, i.e. O(1/K) in K.", kind: .rate
    ) { ev in
        let values = ev.rows.map { $0.nashGap }
        guard values.allSatisfy({ $0 != nil }) else { return .failure(TraceCheckSkip("NE-gap is defined for product policies only")) }
        return runningMeanRate(ev, values: values.map { max($0!, 0) * max($0!, 0) }, exponent: -1,
                               yLabel: "(1/K) Σ NE-gap(π^k)²")
    }

    /// (1/K) Σ_{k<K} (J* − J(π^k)) = O(K^{−1/2}) (mappo Thm. 4.5's rate in K with exact updates).
    static let optimalityGapRate = TraceCheck(
        id: "trace.gap-rate", source: "mappo Thm. 4.5 (rate in K, exact Q and exact updates)",
        statement: "(1/K) Σ_{k=0}^{K−1} [J(π*) − J(π_k)] = O(N·√(log|A|)/((1−γ)√K)), i.e. O(K^{−1/2}) in K.", kind: .rate
    ) { ev in
        let values = ev.rows.map { $0.optimalityGap }
        guard values.allSatisfy({ $0 != nil }) else { return .failure(TraceCheckSkip("the optimal value is defined for shared rewards only")) }
        return runningMeanRate(ev, values: values.map { max($0!, 0) }, exponent: -0.5, yLabel: "(1/K) Σ (J* − J(π^k))")
    }

    /// ddpl Thm. C.2, eq. (75): |J(π) − J(π̃)| ≤ 2n(r_max − r_min)ε/(1−γ)² with ε = max_{i,s} TV(π_i, π̃_i),
    /// for each iterate π = π^k and its exact DecSPG target π̃ = π̃^k from π^{k−1}.
    static let perturbation = TraceCheck(
        id: "trace.perturbation", source: "ddpl Thm. C.2 proof, eq. (75)",
        statement: "If max_{i,s} D_TV(π_i(·|s), π̃_i(·|s)) ≤ ε, then |J(π) − J(π̃)| ≤ 2n(r_max − r_min)ε/(1−γ)².", kind: .upperBound
    ) { ev in
        guard case .decentralizedSoftmax? = ev.header.target else {
            return .failure(TraceCheckSkip("needs a trace whose header declares the exact DecSPG target (target.rule = decspg)"))
        }
        let g = ev.game
        let (lo, hi) = g.rewards.range
        let n = Double(g.agentCount)
        var ms: [Claims.Measurement] = []
        for row in ev.rows {
            guard let t = row.exactTarget else { continue }
            let epsilon = t.distance.totalVariation
            ms.append(Claims.Measurement("k=\(row.iteration)", lhs: abs(row.objective - t.targetObjective), .lessOrEqual,
                                  rhs: 2 * n * (hi - lo) * epsilon / ((1 - g.gamma) * (1 - g.gamma)),
                                  tolerance: Tolerance(row.objectiveErrorBound + t.targetObjectiveErrorBound,
                                                       "forward-error bounds of the exact evaluations of π^k and π̃^k"),
                                  trivialBound: (hi - lo) / (1 - g.gamma)))
        }
        guard !ms.isEmpty else { return .failure(TraceCheckSkip("no iterate has its predecessor in the trace")) }
        return .success(Evaluation(measurements: ms, quantities: [NamedValue("n", n), NamedValue("r_max − r_min", hi - lo),
                                                                  NamedValue("γ", g.gamma)]))
    }

    /// The running mean y(K) = (1/K) Σ_{k<K} v_k at about 12 geometric K over the last 1.5 decades
    /// of the iterates 0…K_max (the range closest to the asymptotic regime; early iterates are transient).
    static func runningMeanRate(_ ev: TraceEvaluation, values: [Double], exponent: Double, yLabel: String) -> Result<Evaluation, TraceCheckSkip> {
        var prefix = 0
        while prefix < ev.rows.count, ev.rows[prefix].iteration == prefix { prefix += 1 }
        guard prefix >= 64 else { return .failure(TraceCheckSkip("needs the consecutive iterates 0…K with K ≥ 63 (≥ 5 sizes over ≥ 1.5 decades)")) }
        let kMax = Double(prefix), kMin = max(2, kMax / pow(10, 1.5))
        var sizes: [Int] = []
        for j in 0..<12 {
            let k = Int((kMin * pow(kMax / kMin, Double(j) / 11)).rounded())
            if sizes.last != k { sizes.append(k) }
        }
        var cumulative = [0.0]
        for v in values.prefix(prefix) { cumulative.append(cumulative.last! + v) }
        let ys = sizes.map { cumulative[$0] / Double($0) }
        let obs = RateObservation(x: sizes.map(Double.init), y: ys, claimedExponent: exponent, kind: .atMost,
                                  xLabel: "K", yLabel: yLabel)
        return .success(Evaluation(rate: obs, notes: [
            "K from \(sizes.first!) to \(sizes.last!) (the last 1.5 decades of the consecutive iterates)",
            "the running mean of a non-negative sequence has local slope ≥ −1 in K, with equality once the partial sums stop growing; a fitted slope just above −1 means the partial sums still grow inside this window",
        ]))
    }
}

/// Why a trace check does not apply to a trace.
struct TraceCheckSkip: Error, Sendable {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}

/// A trace check's verdict on one trace.
struct TraceCheckResult {
    let check: TraceCheck
    let verdict: Verdict
    let steps: Int
    let worst: Claims.Measurement?
    let vacuous: Int
    let fit: RateFit?
    let evaluation: Evaluation?
    let reason: String?

    init(_ check: TraceCheck, on ev: TraceEvaluation) {
        self.check = check
        switch check.measure(ev) {
        case .failure(let skip):
            verdict = .notCheckable; steps = 0; worst = nil; vacuous = 0; fit = nil; evaluation = nil; reason = skip.reason
        case .success(let e):
            evaluation = e
            if let r = e.rate {
                let f = (try? RateFit(r)) ?? nil
                fit = f
                steps = r.x.count
                worst = nil
                vacuous = 0
                if let f {
                    verdict = f.margin(claimed: r.claimedExponent, kind: r.kind) >= 0 ? .rateConsistent : .rateInconsistent
                    reason = nil
                } else {
                    verdict = .notCheckable
                    reason = "fewer than 3 positive values to fit"
                }
            } else {
                fit = nil
                steps = e.measurements.count
                worst = e.worst
                vacuous = e.measurements.filter(\.isVacuous).count
                if !e.measurements.allSatisfy(\.holds) {
                    verdict = .violated
                } else {
                    verdict = vacuous == e.measurements.count ? .vacuous : .holds
                }
                reason = nil
            }
        }
    }

    /// The first failing step, for a violated check.
    var firstFailure: Claims.Measurement? { evaluation?.measurements.first { !$0.holds } }

    var json: JSONValue {
        var o = JSONObject()
        o["id"] = .string(check.id)
        o["source"] = .string(check.source)
        o["kind"] = .string(check.kind.rawValue)
        o["verdict"] = .string(verdict.rawValue)
        o["steps"] = .number(Double(steps))
        if let w = worst {
            o["worst"] = .object([("label", .string(w.label)), ("lhs", .real(w.lhs)), ("relation", .string(w.relation.rawValue)),
                                  ("rhs", .real(w.rhs)), ("margin", .real(w.margin)), ("tolerance", .real(w.tolerance.value)),
                                  ("toleranceReason", .string(w.tolerance.reason))])
        }
        if let f = firstFailure { o["firstFailure"] = .string(f.label) }
        if vacuous > 0 { o["vacuousSteps"] = .number(Double(vacuous)) }
        if let f = fit, let r = evaluation?.rate {
            o["rate"] = .object([("claimedExponent", .real(r.claimedExponent)), ("kind", .string(r.kind.rawValue)),
                                 ("fittedExponent", .real(f.slope)), ("interval", .reals([f.interval.lowerBound, f.interval.upperBound])),
                                 ("points", .number(Double(f.points))), ("x", .reals(r.x)), ("y", .reals(r.y))])
        }
        if let reason { o["reason"] = .string(reason) }
        if let q = evaluation?.quantities, !q.isEmpty { o["quantities"] = .object(q.map { ($0.name, JSONValue.real($0.value)) }) }
        if let notes = evaluation?.notes, !notes.isEmpty { o["notes"] = .array(notes.map(JSONValue.string)) }
        o["statement"] = .string(check.statement)
        return .object(o)
    }

    var line: String {
        var parts = [check.id.padding(toLength: 20, withPad: " ", startingAt: 0), verdict.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)]
        if let f = fit, let r = evaluation?.rate {
            parts.append("slope \(ResultText.number(f.slope)) [\(ResultText.number(f.interval.lowerBound)), \(ResultText.number(f.interval.upperBound))] vs claimed \(ResultText.number(r.claimedExponent)) (\(r.kind.rawValue))")
        } else if let w = worst {
            parts.append("\(steps) steps  worst \(w.label): \(ResultText.number(w.lhs)) \(w.relation.rawValue) \(ResultText.number(w.rhs)) (tol \(ResultText.number(w.tolerance.value)))")
            if let f = firstFailure { parts.append("first failure at \(f.label)") }
        } else if let reason {
            parts.append(reason)
        }
        var text = parts.joined(separator: " ")
        if fit != nil, let notes = evaluation?.notes { text += notes.map { "\n      note: \($0)" }.joined() }
        return text
    }
}
