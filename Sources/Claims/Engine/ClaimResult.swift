import MarkovGames

/// A claim's verdict.
public enum Verdict: String, Sendable, CaseIterable {
    /// Every instance within the stated tolerance.
    case holds
    /// An instance breaks the statement; a counterexample is saved.
    case violated
    /// Holds, but on every instance the bound is no better than the trivial one.
    case vacuous
    /// Every fitted exponent agrees with the claimed rate.
    case rateConsistent = "rate-consistent"
    /// A fitted exponent disagrees with the claimed rate beyond its confidence interval.
    case rateInconsistent = "rate-inconsistent"
    /// Cannot be checked by computation (reason given), or no instance could be measured.
    case notCheckable = "not-checkable"
}

/// The fitted exponent of a rate claim on its worst instance.
public struct RateFitSummary: Sendable {
    public let claimedExponent: Double
    public let kind: RateObservation.Kind
    public let fittedExponent: Double
    /// 95% Student-t interval of the fitted exponent.
    public let interval: ClosedRange<Double>
    public let points: Int
    public let xLabel: String
    public let yLabel: String

    public init(claimedExponent: Double, kind: RateObservation.Kind, fittedExponent: Double, interval: ClosedRange<Double>,
                points: Int, xLabel: String, yLabel: String) {
        self.claimedExponent = claimedExponent
        self.kind = kind
        self.fittedExponent = fittedExponent
        self.interval = interval
        self.points = points
        self.xLabel = xLabel
        self.yLabel = yLabel
    }
}

/// The comparison at the worst point seen.
public struct WorstComparison: Sendable {
    public let label: String
    public let lhs: Double
    public let relation: Relation
    public let rhs: Double

    public init(label: String, lhs: Double, relation: Relation, rhs: Double) {
        self.label = label
        self.lhs = lhs
        self.relation = relation
        self.rhs = rhs
    }
}

/// Everything a check found about one claim, ready to print, save and report.
public struct ClaimResult: Sendable {
    public let id: String
    public let paper: Paper
    public let kind: ClaimKind
    public let source: String
    public let statement: String
    public let reading: String?
    public let hypotheses: String
    public var verdict: Verdict
    /// Instances measured.
    public var instances: Int
    /// The least margin seen (rhs − lhs for ≤, lhs − rhs for ≥, −|lhs − rhs| for ==; for a rate,
    /// the distance of the claimed exponent inside the fitted interval).
    public var worstMargin: Double?
    public var tolerance: Double?
    public var toleranceReason: String?
    public var worst: WorstComparison?
    public var quantities: [NamedValue]
    public var rate: RateFitSummary?
    /// Path of the saved counterexample, when violated.
    public var counterexample: String?
    /// Instances on which the bound was vacuous.
    public var vacuousInstances: Int
    /// |lhs − rhs| of every identity comparison (for the residual histogram), at most 4096.
    public var identityResiduals: [Double]
    public var series: [PlotSeries]
    /// The comparisons that fail on the instance whose series is kept (e.g. the steps `k=3` of a
    /// monotone sequence that decrease), at most `violatedStepLimit`, so a plot can mark them.
    public var violatedSteps: [WorstComparison]
    public static let violatedStepLimit = 512
    public var notes: [String]
    /// Measurements that could not be made (with the first reasons).
    public var failures: [String]
    /// Whether the counterexample search ran, and how many extra instances it measured.
    public var searched: Bool
    public var searchEvaluations: Int
    /// The reason, for not-checkable claims.
    public var notCheckableReason: String?

    init(claim: Claim) {
        self.init(id: claim.id, paper: claim.paper, kind: claim.kind, source: claim.source, statement: claim.statement,
                  reading: claim.reading, hypotheses: claim.hypotheses)
        notCheckableReason = claim.notCheckableReason
    }

    /// An empty result for the claim described (verdict `not-checkable`, nothing measured); readers
    /// of saved results fill in the rest.
    public init(id: String, paper: Paper, kind: ClaimKind, source: String, statement: String, reading: String?,
                hypotheses: String) {
        self.id = id
        self.paper = paper
        self.kind = kind
        self.source = source
        self.statement = statement
        self.reading = reading
        self.hypotheses = hypotheses
        verdict = .notCheckable
        instances = 0
        quantities = []
        vacuousInstances = 0
        identityResiduals = []
        series = []
        violatedSteps = []
        notes = []
        failures = []
        searched = false
        searchEvaluations = 0
    }

    /// The machine-readable form (`check --json`, results.json). Keys are fixed and ordered.
    public var json: JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        o["paper"] = .string(paper.rawValue)
        o["kind"] = .string(kind.rawValue)
        o["source"] = .string(source)
        o["verdict"] = .string(verdict.rawValue)
        o["instances"] = .number(Double(instances))
        o["worstMargin"] = worstMargin.map(JSONValue.real) ?? .null
        o["tolerance"] = tolerance.map(JSONValue.real) ?? .null
        o["toleranceReason"] = toleranceReason.map(JSONValue.string) ?? .null
        if let w = worst {
            o["worst"] = .object([("label", .string(w.label)), ("lhs", .real(w.lhs)), ("relation", .string(w.relation.rawValue)),
                                  ("rhs", .real(w.rhs))])
        }
        if let r = rate {
            o["rate"] = .object([
                ("claimedExponent", .real(r.claimedExponent)), ("kind", .string(r.kind.rawValue)),
                ("fittedExponent", .real(r.fittedExponent)),
                ("interval", .reals([r.interval.lowerBound, r.interval.upperBound])), ("points", .number(Double(r.points))),
                ("x", .string(r.xLabel)), ("y", .string(r.yLabel)),
            ])
        }
        o["counterexample"] = counterexample.map(JSONValue.string) ?? .null
        o["vacuousInstances"] = .number(Double(vacuousInstances))
        o["quantities"] = .object(quantities.map { ($0.name, JSONValue.real($0.value)) })
        o["notes"] = .array(notes.map(JSONValue.string))
        o["failures"] = .array(failures.map(JSONValue.string))
        o["searched"] = .bool(searched)
        o["searchEvaluations"] = .number(Double(searchEvaluations))
        if let reason = notCheckableReason { o["reason"] = .string(reason) }
        o["statement"] = .string(statement)
        if let reading { o["reading"] = .string(reading) }
        o["hypotheses"] = .string(hypotheses)
        if !identityResiduals.isEmpty { o["identityResiduals"] = .reals(identityResiduals) }
        if !series.isEmpty {
            o["series"] = .array(series.map { s in
                .object([("name", .string(s.name)), ("xLabel", .string(s.xLabel)), ("yLabel", .string(s.yLabel)),
                         ("x", .reals(s.x)), ("y", .reals(s.y))])
            })
        }
        if !violatedSteps.isEmpty {
            o["violatedSteps"] = .array(violatedSteps.map { w in
                .object([("label", .string(w.label)), ("lhs", .real(w.lhs)), ("relation", .string(w.relation.rawValue)), ("rhs", .real(w.rhs))])
            })
        }
        return .object(o)
    }
}
