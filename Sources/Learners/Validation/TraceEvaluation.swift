import ExactSolvers
import GSLKit
import MarkovGames

/// The exact quantities of one trace iterate (`marlcheck validate`).
public struct IterateEvaluation: Sendable {
    public let iteration: Int
    /// J(π) = ρ₀·V^π, unnormalized (the mean of the agents' J_i for per-agent rewards).
    public let objective: Double
    /// The absolute round-off bound of `objective` (forward error of the exact solve).
    public let objectiveErrorBound: Double
    /// J* − J(π) for a shared reward; nil for per-agent rewards.
    public let optimalityGap: Double?
    /// NE-gap(π) = max_i [max_{π_i'} J_i(π_i', π_{−i}) − J_i(π)] (ddpl Sec. 2.1); product policies only.
    public let nashGap: Double?
    public let nashGapErrorBound: Double?
    /// The error of the learner's own Q estimates against the exact ones, when the trace has them.
    public let qError: QEstimateError?
    /// The distance to the exact update from the previous iterate and J of that exact update,
    /// when the header declares a target rule and the previous iteration is in the trace.
    public let exactTarget: ExactTargetComparison?
    /// The distance the trace itself recorded.
    public let recordedTarget: TargetDistance?
}

/// max and root-mean-square of |Q̂ − Q| over every entry of every table.
public struct QEstimateError: Sendable {
    public let kind: QEstimates.Kind
    public let maximum: Double
    public let rootMeanSquare: Double
}

/// An iterate against the exact target update π̃^k computed from the previous iterate.
public struct ExactTargetComparison: Sendable {
    public let distance: TargetDistance
    /// J(π̃^k).
    public let targetObjective: Double
    public let targetObjectiveErrorBound: Double
}

/// Exact evaluation of every iterate of a trace on its game.
public struct TraceEvaluation: Sendable {
    public let header: TraceHeader
    public let game: Game
    /// J* (shared reward), the optimum of the joint MDP by policy iteration.
    public let optimalObjective: Double?
    public let rows: [IterateEvaluation]

    /// Evaluates `trace` on `game` (the trace was checked against the game when loaded).
    /// Complexity per iterate O(n·PI + |S|³ + |S|²|A|) with PI the cost of one policy iteration.
    public init(trace: Trace, game: Game) throws {
        header = trace.header
        self.game = game
        optimalObjective = try Self.optimalObjective(of: game)
        var rows: [IterateEvaluation] = []
        var previous: TraceIterate?
        for item in trace.iterates {
            rows.append(try Self.evaluate(item, previous: previous, header: trace.header, game: game, optimum: optimalObjective))
            previous = item
        }
        self.rows = rows
    }

    /// J* of `game` for a shared reward (the optimum of the joint MDP by policy iteration); nil for
    /// per-agent rewards.
    public static func optimalObjective(of game: Game) throws -> Double? {
        game.rewards.isShared ? try FiniteMDP(game: game).policyIteration().objective(initial: game.initial) : nil
    }

    /// The exact J, J* − J (when `optimum` is given) and NE-gap (product policies) of one policy: the
    /// part of a trace iterate's evaluation that needs neither the previous iterate nor Q estimates
    /// (`marlcheck sweep` measures its runs with it). Complexity O(n·PI + |S|³ + |S|²|A|).
    public static func evaluate(iteration: Int, policy: Policy, game: Game, optimum: Double?) throws -> IterateEvaluation {
        let (j, jError) = try objective(policy, game: game)
        var gap: Double?, gapError: Double?
        if case .product(let p) = policy {
            let ne = try NashGap(game: game, policy: p)
            gap = ne.value
            gapError = ne.errorBound
        }
        return IterateEvaluation(iteration: iteration, objective: j, objectiveErrorBound: jError,
                                 optimalityGap: optimum.map { $0 - j }, nashGap: gap, nashGapErrorBound: gapError,
                                 qError: nil, exactTarget: nil, recordedTarget: nil)
    }

    static func evaluate(_ item: TraceIterate, previous: TraceIterate?, header: TraceHeader, game: Game, optimum: Double?) throws -> IterateEvaluation {
        let policy = item.iterate.policy
        let exact = try evaluate(iteration: item.iteration, policy: policy, game: game, optimum: optimum)
        var target: ExactTargetComparison?
        if let rule = header.target, let prev = previous, prev.iteration + 1 == item.iteration {
            let exact = try exactUpdate(rule, from: prev.iterate.policy, game: game)
            let (jt, jtError) = try objective(exact, game: game)
            target = ExactTargetComparison(distance: PolicyRows.maximumDistances(policy, exact, game: game),
                                           targetObjective: jt, targetObjectiveErrorBound: jtError)
        }
        return IterateEvaluation(
            iteration: item.iteration, objective: exact.objective, objectiveErrorBound: exact.objectiveErrorBound,
            optimalityGap: exact.optimalityGap, nashGap: exact.nashGap, nashGapErrorBound: exact.nashGapErrorBound,
            qError: try item.iterate.qEstimates.flatMap { q in
                switch q.subject {
                case .current: return try qError(q, policy: policy, game: game)
                case .previous:
                    guard let prev = previous, prev.iteration + 1 == item.iteration else { return nil }
                    return try qError(q, policy: prev.iterate.policy, game: game)
                }
            },
            exactTarget: target, recordedTarget: item.iterate.targetDistance)
    }

    /// J (mean over agents of J_i) and its round-off bound.
    static func objective(_ policy: Policy, game: Game) throws -> (Double, Double) {
        let agents = game.rewards.isShared ? [0] : Array(0..<game.agentCount)
        var total = 0.0, bound = 0.0
        for i in agents {
            let eval = try game.evaluate(policy, agent: i)
            total += eval.objective(initial: game.initial)
            bound = max(bound, eval.forwardErrorBound)
        }
        return (total / Double(agents.count), bound)
    }

    /// The exact update of `rule` from `policy`.
    public static func exactUpdate(_ rule: TargetRule, from policy: Policy, game: Game) throws -> Policy {
        switch (rule, policy) {
        case (.decentralizedSoftmax(let eta), .product(let p)):
            return .product(try DecentralizedSoftmaxStep.next(game: game, policy: p, eta: eta))
        case (.mirrorDescent(let beta), .conditional(let p)):
            return .conditional(try MirrorDescentStep.next(game: game, policy: p, beta: beta))
        case (.mirrorDescent(let beta), .product(let p)):
            return .conditional(try MirrorDescentStep.next(game: game, policy: ConditionalPolicy(p, game: game), beta: beta))
        default:
            throw ModelError(path: "target.rule", "the rule '\(rule.name)' does not apply to \(policy.kind) policies")
        }
    }

    /// The exact tables an estimate of `q.kind` is compared with, at `policy`.
    public static func exactValues(of kind: QEstimates.Kind, scale: QEstimates.Scale, policy: Policy, game: Game) throws -> [[Double]] {
        let factor = scale == .normalized ? 1 - game.gamma : 1
        let tables: [[Double]]
        switch kind {
        case .joint:
            tables = [try game.evaluate(policy).actionValues]
        case .agentAveraged:
            guard case .product(let p) = policy else {
                throw ModelError(path: "qEstimates.kind", "agent-averaged estimates Q̄_i are defined for product policies, the iterate's policy is \(policy.kind)")
            }
            tables = try (0..<game.agentCount).map { i in try AgentView(game: game, policy: p, agent: i).averagedQ }
        case .localized:
            let conditional: ConditionalPolicy
            switch policy {
            case .conditional(let c): conditional = c
            case .product(let p): conditional = ConditionalPolicy(p, game: game)
            case .joint:
                throw ModelError(path: "qEstimates.kind", "localized estimates Q^{1:m} need a product or conditional policy, the iterate's policy is joint")
            }
            tables = Array(try LocalizedActionValues(game: game, policy: conditional).tables.dropFirst())
        }
        return tables.map { t in t.map { factor * $0 } }
    }

    static func qError(_ q: QEstimates, policy: Policy, game: Game) throws -> QEstimateError {
        let exact = try exactValues(of: q.kind, scale: q.scale, policy: policy, game: game)
        var worst = 0.0, squares = 0.0, count = 0
        for (estimate, truth) in zip(q.tables, exact) {
            for (a, b) in zip(estimate, truth) {
                worst = max(worst, abs(a - b))
                squares += (a - b) * (a - b)
                count += 1
            }
        }
        return QEstimateError(kind: q.kind, maximum: worst, rootMeanSquare: (squares / Double(max(count, 1))).squareRoot())
    }
}
