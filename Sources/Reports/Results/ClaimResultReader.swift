import Claims
import MarkovGames

/// Reads a claim result back from its JSON form (`ClaimResult.json`, the objects of
/// results.json and of `check --json`), so that a saved report can be resumed and re-rendered.
///
/// Reading is the exact inverse of writing: `decode(r.json).json == r.json` for every result,
/// byte for byte once serialised.
public enum ClaimResultReader {
    public static func decode(_ r: JSONReader) throws(ModelError) -> ClaimResult {
        var result = ClaimResult(
            id: try r.field("id").string(),
            paper: try enumeration(r.field("paper"), Paper.allCases),
            kind: try enumeration(r.field("kind"), ClaimKind.allCases),
            source: try r.field("source").string(),
            statement: try r.field("statement").string(),
            reading: try r.optionalField("reading")?.string(),
            hypotheses: try r.field("hypotheses").string())
        result.verdict = try enumeration(r.field("verdict"), Verdict.allCases)
        result.instances = try r.field("instances").integer()
        result.worstMargin = try r.optionalField("worstMargin")?.real()
        result.tolerance = try r.optionalField("tolerance")?.real()
        result.toleranceReason = try r.optionalField("toleranceReason")?.string()
        if let w = try r.optionalField("worst") { result.worst = try comparison(w) }
        if let f = try r.optionalField("rate") { result.rate = try rateFit(f) }
        result.counterexample = try r.optionalField("counterexample")?.string()
        result.vacuousInstances = try r.field("vacuousInstances").integer()
        let q = try r.field("quantities")
        result.quantities = try q.keys().map { name throws(ModelError) in NamedValue(name, try q.field(name).real()) }
        result.notes = try r.field("notes").strings()
        result.failures = try r.field("failures").strings()
        result.searched = try r.field("searched").bool()
        result.searchEvaluations = try r.field("searchEvaluations").integer()
        result.notCheckableReason = try r.optionalField("reason")?.string()
        if let residuals = try r.optionalField("identityResiduals") { result.identityResiduals = try reals(residuals) }
        if let series = try r.optionalField("series") {
            result.series = try series.elements().map { s throws(ModelError) in
                let x = try reals(s.field("x")), y = try reals(s.field("y"))
                guard x.count == y.count else { throw s.fail("x has \(x.count) values and y \(y.count); they must pair up") }
                return PlotSeries(name: try s.field("name").string(), x: x, y: y,
                                  xLabel: try s.field("xLabel").string(), yLabel: try s.field("yLabel").string())
            }
        }
        if let steps = try r.optionalField("violatedSteps") {
            result.violatedSteps = try steps.elements().map { w throws(ModelError) in try comparison(w) }
        }
        return result
    }

    /// `{label, lhs, relation, rhs}`.
    private static func comparison(_ w: JSONReader) throws(ModelError) -> WorstComparison {
        WorstComparison(label: try w.field("label").string(), lhs: try w.field("lhs").real(),
                        relation: try enumeration(w.field("relation"), Relation.allCases), rhs: try w.field("rhs").real())
    }

    private static func rateFit(_ f: JSONReader) throws(ModelError) -> RateFitSummary {
        let interval = try reals(f.field("interval"))
        guard interval.count == 2, interval[0] <= interval[1] else {
            throw ModelError(path: f.path + ".interval", "expected [lower, upper] with lower ≤ upper")
        }
        return RateFitSummary(claimedExponent: try f.field("claimedExponent").real(),
                              kind: try enumeration(f.field("kind"), RateObservation.Kind.allCases),
                              fittedExponent: try f.field("fittedExponent").real(), interval: interval[0]...interval[1],
                              points: try f.field("points").integer(), xLabel: try f.field("x").string(),
                              yLabel: try f.field("y").string())
    }

    /// An array of numbers that may hold "+inf", "-inf" and "nan".
    private static func reals(_ r: JSONReader) throws(ModelError) -> [Double] {
        try r.elements().map { e throws(ModelError) in try e.real() }
    }

    /// The enumeration case spelt by the string at `r`; the error lists every spelling allowed.
    private static func enumeration<E: RawRepresentable>(_ r: JSONReader, _ cases: [E]) throws(ModelError) -> E
    where E.RawValue == String {
        let s = try r.string()
        guard let e = E(rawValue: s) else {
            throw r.fail("'\(s)' is not one of \(cases.map(\.rawValue).joined(separator: ", "))")
        }
        return e
    }
}
