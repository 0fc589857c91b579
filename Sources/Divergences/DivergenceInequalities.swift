import Foundation

/// One side-by-side inequality `lesser ≤ greater` with its slack, as checks report it.
public struct InequalityCheck: Equatable, Sendable {
    /// The inequality in words, with its source.
    public let statement: String
    /// The side that should be smaller.
    public let lesser: Double
    /// The side that should be larger.
    public let greater: Double

    public init(statement: String, lesser: Double, greater: Double) {
        self.statement = statement
        self.lesser = lesser
        self.greater = greater
    }

    /// greater − lesser (≥ 0 when the inequality holds); 0 when both sides are the same infinity.
    public var slack: Double { lesser == greater ? 0 : greater - lesser }

    /// slack ≥ −tolerance, the tolerance covering the rounding of both sides.
    public func holds(tolerance: Double) -> Bool { slack >= -tolerance }
}

/// The classic inequalities between divergences (natural logarithms throughout), as checks
/// returning both sides and the slack.
public enum DivergenceInequalities {
    /// Pinsker: TV(p, q) ≤ √(KL(p‖q)/2) (Tsybakov, *Introduction to Nonparametric Estimation*,
    /// 2009, Lemma 2.5(i), with TV = sup_A |p(A) − q(A)| and KL in nats).
    public static func pinsker(totalVariation tv: Double, kullbackLeibler kl: Double) -> InequalityCheck {
        InequalityCheck(statement: "Pinsker: TV(p,q) <= sqrt(KL(p||q)/2)", lesser: tv, greater: (kl / 2).squareRoot())
    }

    /// Bretagnolle–Huber: TV(p, q) ≤ √(1 − e^{−KL(p‖q)}) (Bretagnolle & Huber 1979; Tsybakov 2009,
    /// Lemma 2.6 gives the weaker 1 − ½e^{−KL}); useful where KL > 2 makes Pinsker vacuous.
    /// 1 − e^{−KL} is evaluated as −expm1(−KL).
    public static func bretagnolleHuber(totalVariation tv: Double, kullbackLeibler kl: Double) -> InequalityCheck {
        InequalityCheck(statement: "Bretagnolle-Huber: TV(p,q) <= sqrt(1 - exp(-KL(p||q)))",
                        lesser: tv, greater: (-expm1(-kl)).squareRoot())
    }

    /// Monotonicity in the order: D_α(p‖q) ≤ D_β(p‖q) for α ≤ β (van Erven & Harremoës 2014, Thm 3).
    public static func renyiMonotonicity(lowerOrder alpha: Double, _ dAlpha: Double,
                                         higherOrder beta: Double, _ dBeta: Double) -> InequalityCheck {
        precondition(alpha <= beta, "renyiMonotonicity: α = \(alpha) > β = \(beta)")
        return InequalityCheck(statement: "Renyi monotonicity: D_\(alpha)(p||q) <= D_\(beta)(p||q)", lesser: dAlpha, greater: dBeta)
    }

    /// Pinsker for two discrete distributions.
    public static func pinsker(_ p: DiscreteDistribution, _ q: DiscreteDistribution) -> InequalityCheck {
        pinsker(totalVariation: DiscreteDivergence.totalVariation(p, q), kullbackLeibler: DiscreteDivergence.kullbackLeibler(p, q))
    }

    /// Bretagnolle–Huber for two discrete distributions.
    public static func bretagnolleHuber(_ p: DiscreteDistribution, _ q: DiscreteDistribution) -> InequalityCheck {
        bretagnolleHuber(totalVariation: DiscreteDivergence.totalVariation(p, q), kullbackLeibler: DiscreteDivergence.kullbackLeibler(p, q))
    }

    /// Monotonicity of D_α in α for two discrete distributions. Precondition: 0 < α ≤ β ≤ ∞.
    public static func renyiMonotonicity(_ p: DiscreteDistribution, _ q: DiscreteDistribution,
                                         lowerOrder alpha: Double, higherOrder beta: Double) -> InequalityCheck {
        renyiMonotonicity(lowerOrder: alpha, DiscreteDivergence.renyi(p, q, order: alpha),
                          higherOrder: beta, DiscreteDivergence.renyi(p, q, order: beta))
    }
}
