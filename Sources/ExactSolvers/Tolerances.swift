/// Tolerances derived from the numerics of a discounted linear system (I − γP)x = b.
///
/// For a row-stochastic P, ‖I − γP‖_∞ ≤ 1 + γ and ‖(I − γP)⁻¹‖_∞ ≤ 1/(1 − γ), so
/// κ_∞ ≤ (1 + γ)/(1 − γ). LU with partial pivoting is backward stable: the computed x̂ solves
/// (A + δA)x̂ = b with ‖δA‖_∞ ≤ c·n·ε·‖A‖_∞ (Higham, Accuracy and Stability, Thm. 9.4, with a
/// growth factor that is small in practice), so ‖Ax̂ − b‖_∞ ≤ c·n·ε·‖A‖_∞‖x̂‖_∞ and
/// ‖x̂ − x‖_∞/‖x‖_∞ ≲ κ_∞·c·n·ε. MARLCheck takes c = 8.
public enum DiscountedTolerance {
    /// Unit round-off of Double.
    public static let epsilon = Double.ulpOfOne

    /// Bound on κ_∞(I − γP) for a stochastic P.
    public static func conditionBound(gamma: Double) -> Double { (1 + gamma) / (1 - gamma) }

    /// The residual ‖(I − γP)x̂ − b‖_∞ a backward-stable solve of size n may leave, for a solution of
    /// size ‖x̂‖_∞ = `scale`.
    public static func residual(size n: Int, gamma: Double, scale: Double) -> Double {
        8 * Double(n) * epsilon * (1 + gamma) * max(scale, Double.leastNormalMagnitude)
    }

    /// The forward error a solved value of magnitude `scale` may carry:
    /// κ_∞ · 8n·ε · scale.
    public static func forwardError(size n: Int, gamma: Double, scale: Double) -> Double {
        conditionBound(gamma: gamma) * 8 * Double(n) * epsilon * max(scale, Double.leastNormalMagnitude)
    }
}
