import GSLKit

extension FiniteMDP {
    /// d_min(s) = min_π d^π_ρ₀(s) for every state s, exactly: d^π(s) = (1−γ) ρ₀ᵀ(I − γP_π)⁻¹e_s is
    /// (1−γ) times the value of the reward 1[x = s], so its minimum over policies is an MDP optimum
    /// (of the reward −1[x = s], by policy iteration), attained by a deterministic policy. For a game
    /// this minimiser is a joint action per state, hence a product of Dirac policies, so the minimum
    /// over decentralised policies is the same. Used for M = sup_π max_s 1/d^π(s) of ddpl Thm. C.1.
    /// Cost: |S| policy iterations.
    public func minimalDiscountedStateOccupancy() throws(SolverError) -> [Double] {
        try (0..<stateCount).map { s throws(SolverError) in
            var visits = [Double](repeating: 0, count: stateCount * actionCount)
            for a in 0..<actionCount { visits[s * actionCount + a] = -1 }
            let avoid = FiniteMDP(stateCount: stateCount, actionCount: actionCount, transitions: transitions,
                                  rewards: visits, gamma: gamma, initial: initial)
            return -(1 - gamma) * (try avoid.policyIteration().objective(initial: initial))
        }
    }
}
