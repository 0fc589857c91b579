import Foundation

/// The constants and reward/transition shapes of ddpl's constructed examples M_sa and M_ma
/// (Zhang, Balim & Li, "Decentralized Diffusion Policy Learning…", arXiv:2605.07101, Sec. 3.2),
/// as printed:
///
///     r_start(a) = −ν a² + c_0 exp(−α(a+β)²) + c_0 exp(−α(a−β)²),
///     p_start(a) = c_p exp(−α(a+β)²) · 1(|a+β| ≤ 1/4),
///
/// with ν = 10, α = 250, β = 0.5, c_0 = 2.7, c_p = 0.005, and the state rewards c_1 = 20000,
/// c_2 = 30000, c_3 = 10000.
public enum DDPLExample {
    public static let nu = 10.0
    public static let alpha = 250.0
    public static let beta = 0.5
    public static let c0 = 2.7
    public static let cp = 0.005
    public static let c1 = 20000.0
    public static let c2 = 30000.0
    public static let c3 = 10000.0
    /// The printed discount of M_sa (Sec. 3.2.1); M_ma does not restate it.
    public static let gamma = 0.1

    /// r_start(a).
    public static func rStart(_ a: Double) -> Double {
        -nu * a * a + c0 * exp(-alpha * (a + beta) * (a + beta)) + c0 * exp(-alpha * (a - beta) * (a - beta))
    }

    /// p_start(a), the probability of moving to the goal coordinate; the indicator is closed,
    /// |a + β| ≤ 1/4 (a discontinuity of size c_p e^{−α/16} ≈ 8·10⁻¹⁰ at a = −β ± 1/4).
    public static func pStart(_ a: Double) -> Double {
        abs(a + beta) <= 0.25 ? cp * exp(-alpha * (a + beta) * (a + beta)) : 0
    }
}

extension NamedGames {
    /// The action interval and rule shared by the M_sa and M_ma builders. The default
    /// [−1.5, 1.5] holds both reward bumps (±β, width 1/√(2α) ≈ 0.045), the goal window
    /// [−0.75, −0.25] of p_start and ±4.7 standard deviations of the paper's initial policy
    /// N(0, 0.1); the 96-point Gauss–Legendre rule integrates each bump to a relative error of
    /// about 1e−9 (and p_start, whose indicator edges the rule does not resolve, to about 2e−8).
    static let ddplActionParameters: [GameBuilder.Parameter] = [
        .init("lower", default: "-1.5", "lower end of the action interval (the paper's A_i = R is truncated)"),
        .init("upper", default: "1.5", "upper end of the action interval"),
        .init("points", default: "96", "Gauss–Legendre nodes on the interval (the actions)"),
        .init("reward", default: "true", "true: the game's reward r; blind: the paper's blind reward r¬", choices: ["true", "blind"]),
        .init("gamma", default: "0.1", "discount γ in [0, 1) (printed for M_sa; the same default for M_ma)"),
    ]

    /// The action rule from the `lower`, `upper`, `points` parameters.
    static func ddplActionRule(_ p: GameParameters, maximumPoints: Int) throws(ModelError) -> ActionQuadrature {
        let lower = try p.real("lower"), upper = try p.real("upper")
        guard lower < upper else { throw ModelError(path: "--param lower", "lower \(lower) must be below upper \(upper)") }
        let points = try p.integer("points", in: 1...maximumPoints)
        return ActionQuadrature(lowerBound: lower, upperBound: upper, points: points)
    }
}
