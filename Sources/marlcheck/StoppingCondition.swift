import Learners
import MarkovGames

/// A sweep's `--until`: a threshold on one exact quantity of an iterate, e.g. `J>=0.99` (mappo
/// App. E: iterations to reach V ≥ 0.99), `gap<=1e-3` or `neGap<=1e-3`. Values are compared as
/// computed (J carries a round-off of order 1e-15, see `IterateEvaluation.objectiveErrorBound`).
struct StoppingCondition {
    enum Quantity: String, CaseIterable {
        /// J(π) = ρ₀·V^π.
        case objective = "J"
        /// J* − J(π) (shared rewards).
        case optimalityGap = "gap"
        /// NE-gap(π) (product policies).
        case nashGap = "neGap"
    }

    enum Relation: String, CaseIterable {
        case atLeast = ">="
        case atMost = "<="
    }

    let quantity: Quantity
    let relation: Relation
    let threshold: Double

    /// Parses `QUANTITY>=x` or `QUANTITY<=x` (spaces allowed).
    init(parsing text: String) throws(ModelError) {
        let compact = text.filter { !$0.isWhitespace }
        let forms = "J>=x, gap<=x, neGap<=x (each with >= or <=)"
        guard let relation = Relation.allCases.first(where: { compact.contains($0.rawValue) }) else {
            throw ModelError(path: "--until", "'\(text)' has no >= or <= (forms: \(forms))")
        }
        let parts = compact.components(separatedBy: relation.rawValue)
        guard parts.count == 2, let quantity = Quantity(rawValue: parts[0]) else {
            throw ModelError(path: "--until", "'\(text)' does not name J, gap or neGap on the left (forms: \(forms))")
        }
        guard let threshold = Double(parts[1]), threshold.isFinite else {
            throw ModelError(path: "--until", "'\(parts[1])' is not a finite number")
        }
        self.quantity = quantity
        self.relation = relation
        self.threshold = threshold
    }

    /// "J >= 0.99".
    var text: String { "\(quantity.rawValue) \(relation.rawValue) \(JSONWriter.format(threshold))" }

    /// The condition's quantity at an evaluated iterate (nil when it is not defined there).
    func value(_ e: IterateEvaluation) -> Double? {
        switch quantity {
        case .objective: e.objective
        case .optimalityGap: e.optimalityGap
        case .nashGap: e.nashGap
        }
    }

    func isMet(by x: Double) -> Bool {
        switch relation {
        case .atLeast: x >= threshold
        case .atMost: x <= threshold
        }
    }

    /// Whether `x` is closer to meeting the condition than `y` (the larger for >=, the smaller for <=).
    func isBetter(_ x: Double, than y: Double) -> Bool {
        switch relation {
        case .atLeast: x > y
        case .atMost: x < y
        }
    }

    /// Refuses a condition the sweep cannot measure: the optimality gap needs a shared reward.
    /// (The NE-gap's need for product policies is checked per learner by `SweepPlan.validate`.)
    func check(game: Game) throws(ModelError) {
        if quantity == .optimalityGap, !game.rewards.isShared {
            throw ModelError(path: "--until", "the optimality gap J* − J needs a shared reward; '\(game.name)' has per-agent rewards (use J or neGap)")
        }
    }
}

/// Where a run stands against its `--until`: the first evaluated iteration that met it, or the
/// best value seen and where.
struct StoppingProgress {
    let condition: StoppingCondition
    /// The first evaluated iteration meeting the condition.
    private(set) var reachedAt: Int?
    /// The best value over the evaluated iterations (the first iteration attaining it).
    private(set) var best: (iteration: Int, value: Double)?

    init(_ condition: StoppingCondition) { self.condition = condition }

    /// Records one evaluated iterate; returns whether the condition is now met.
    mutating func record(_ e: IterateEvaluation) -> Bool {
        guard reachedAt == nil, let x = condition.value(e), !x.isNaN else { return reachedAt != nil }
        if best.map({ condition.isBetter(x, than: $0.value) }) ?? true { best = (e.iteration, x) }
        if condition.isMet(by: x) { reachedAt = e.iteration }
        return reachedAt != nil
    }
}
