import ExactSolvers

/// Small constructions on `FiniteMDP` that mfppo's claims need.
enum ExactSolversBridge {
    /// The same MDP with another reward table.
    static func replacingRewards(_ mdp: FiniteMDP, _ rewards: [Double]) -> FiniteMDP {
        FiniteMDP(stateCount: mdp.stateCount, actionCount: mdp.actionCount, transitions: mdp.transitions, rewards: rewards,
                  gamma: mdp.gamma, initial: mdp.initial)
    }
}
