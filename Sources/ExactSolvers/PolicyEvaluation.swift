import GSLKit
import MarkovGames

/// The exact value of a fixed policy in a `FiniteMDP`: V^π by one LU solve of
/// (I − γP_π)V = r_π, then Q^π = r + γPV^π, with the evidence of the solve's accuracy.
public struct PolicyEvaluation: Sendable {
    /// V^π(s) (unnormalised: Σ_t γ^t r).
    public let values: [Double]
    /// Q^π(s,a), flat [s][a].
    public let actionValues: [Double]
    /// ‖(I − γP_π)V − r_π‖_∞ recomputed from the solution.
    public let residual: Double
    /// The residual a backward-stable solve may leave (see `DiscountedTolerance.residual`).
    public let residualTolerance: Double
    /// Bound on the absolute forward error ‖V̂ − V‖_∞ ≲ κ_∞ · 8nε · ‖V̂‖_∞ with κ_∞ ≤ (1+γ)/(1−γ)
    /// (see `DiscountedTolerance.forwardError`), in the units of V.
    public let forwardErrorBound: Double

    /// Evaluates the stochastic table `policy` ([s][a], rows summing to 1) in `mdp`.
    /// Complexity O(|S|³ + |S|²|A|).
    public init(mdp: FiniteMDP, policy: [Double]) throws(GSLError) {
        precondition(policy.count == mdp.stateCount * mdp.actionCount, "PolicyEvaluation: policy table has \(policy.count) entries")
        let nS = mdp.stateCount
        let pPi = mdp.stateTransitionMatrix(policy: policy)
        var a = pPi
        for k in 0..<(nS * nS) { a.storage[k] *= -mdp.gamma }
        for s in 0..<nS { a.storage[s * nS + s] += 1 }
        let rPi = mdp.expectedReward(policy: policy)
        let solution = try a.solve(rPi)
        let scale = Vector.infinityNorm(solution.x)
        values = solution.x
        actionValues = mdp.actionValues(from: solution.x)
        residual = solution.residualNorm
        residualTolerance = DiscountedTolerance.residual(size: nS, gamma: mdp.gamma, scale: max(scale, Vector.infinityNorm(rPi)))
        forwardErrorBound = DiscountedTolerance.forwardError(size: nS, gamma: mdp.gamma, scale: scale)
    }

    /// J(π) = Σ_s ρ₀(s) V^π(s) (unnormalised).
    public func objective(initial: [Double]) -> Double { Vector.dot(initial, values) }
}

extension Game {
    /// The exact evaluation of `policy` under agent i's reward (the shared reward when shared).
    public func evaluate(_ policy: Policy, agent i: Int = 0) throws(GSLError) -> PolicyEvaluation {
        try PolicyEvaluation(mdp: FiniteMDP(game: self, rewardOf: i), policy: policy.joint(in: self).table)
    }

    /// J_i(π) = ρ₀ · V_i^π (unnormalised); mfppo's (1−γ)-scaled convention is `normalizedObjective`.
    public func objective(_ policy: Policy, agent i: Int = 0) throws(GSLError) -> Double {
        try evaluate(policy, agent: i).objective(initial: initial)
    }
}
