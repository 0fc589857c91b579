/// One agent: a name and its finite action set (named actions), optionally the quadrature rule
/// that discretises a continuous action interval.
public struct Agent: Equatable, Sendable {
    public var name: String
    public var actions: [String]
    /// When the agent's actions are the nodes of a quadrature rule on an interval.
    public var actionRule: ActionQuadrature?

    public init(name: String, actions: [String], actionRule: ActionQuadrature? = nil) {
        self.name = name
        self.actions = actions
        self.actionRule = actionRule
    }

    /// An agent whose actions are the nodes of `rule` (named by their values).
    public init(name: String, rule: ActionQuadrature) {
        self.init(name: name, actions: rule.nodes.map { "\($0)" }, actionRule: rule)
    }

    /// |A_i|.
    public var actionCount: Int { actions.count }
}

/// A continuous action interval [lower, upper] carried by a Gauss–Legendre rule, so that every
/// game stays tabular: a density π(a) becomes the table π_j ∝ w_j π(a_j) on the nodes a_j, and
/// an integral ∫ f(a) π(a) da becomes Σ_j π_j f(a_j). Refining doubles the nodes; the rule is
/// exact for polynomials of degree ≤ `exactDegree`, so a result that does not move under
/// refinement carries no discretisation error at the printed digits.
public struct ActionQuadrature: Equatable, Sendable {
    public let lowerBound: Double
    public let upperBound: Double
    public let pointCount: Int

    public init(lowerBound: Double, upperBound: Double, points: Int) {
        precondition(lowerBound < upperBound && points >= 1, "ActionQuadrature: [\(lowerBound), \(upperBound)] with \(points) points")
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.pointCount = points
    }

    private var rule: GaussLegendreRule { GaussLegendreRule(points: pointCount, from: lowerBound, to: upperBound) }

    /// The nodes a_j, increasing.
    public var nodes: [Double] { rule.nodes }
    /// The weights w_j (they sum to upper − lower).
    public var weights: [Double] { rule.weights }
    /// The polynomial degree the rule integrates exactly, 2·points − 1.
    public var exactDegree: Int { 2 * pointCount - 1 }
    /// The rule with twice the nodes.
    public func refined() -> ActionQuadrature {
        ActionQuadrature(lowerBound: lowerBound, upperBound: upperBound, points: 2 * pointCount)
    }

    /// The table π_j = w_j π(a_j) / Σ_k w_k π(a_k) of a density π (known up to a constant).
    public func table(ofDensity density: (Double) -> Double) -> [Double] {
        let r = rule
        let raw = r.nodes.indices.map { r.weights[$0] * density(r.nodes[$0]) }
        let z = raw.reduce(0, +)
        precondition(z > 0 && z.isFinite, "ActionQuadrature.table: the density integrates to \(z) on the rule")
        return raw.map { $0 / z }
    }
}

import GSLKit
