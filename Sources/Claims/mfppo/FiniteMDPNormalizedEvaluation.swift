import ExactSolvers

extension FiniteMDP {
    /// mfppo's (1−γ)-scaled evaluation (ExactSolvers' `NormalizedEvaluation`) of a policy table on any
    /// finite MDP (the mean-field MDP is not a `Game`).
    func normalizedEvaluation(policy: [Double]) throws -> NormalizedEvaluation {
        NormalizedEvaluation(try PolicyEvaluation(mdp: self, policy: policy), gamma: gamma)
    }
}
