import ExactSolvers
import GSLKit

extension Tolerance {
    /// The forward-error bound of quantities from `solves` exact evaluations on a `FiniteMDP`
    /// (κ∞ ≤ (1+γ)/(1−γ), 8|S|ε, times the value scale), as `Tolerance.discounted` for games.
    static func discounted(_ mdp: FiniteMDP, scale: Double, solves: Int = 1, what: String) -> Tolerance {
        let one = DiscountedTolerance.forwardError(size: mdp.stateCount, gamma: mdp.gamma, scale: scale)
        return Tolerance(Double(solves) * one,
                         "\(solves) exact solve(s) of \(what): \(solves)·κ∞·8|S|ε·scale with κ∞ ≤ (1+γ)/(1−γ) = \(String(format: "%.3g", DiscountedTolerance.conditionBound(gamma: mdp.gamma))), |S| = \(mdp.stateCount), scale = \(String(format: "%.3g", scale))")
    }
}
