import GSLKit
import MarkovGames

/// mfppo's (1−γ)-normalized convention (Sec. 2.1–2.2): V^π = (1−γ)·E Σ_t γ^t r and
/// Q^π(s,a) = (1−γ)·r(s,a) + γ Σ_{s'} P(s'|s,a) V^π(s'), so |V|, |Q| ≤ max|r|; L(π) = E_{ν}[V^π].
///
/// Every other solver in MARLCheck computes the unnormalized objects (ddpl, mappo, ltde); this type is
/// the one explicit conversion, so a claim of mfppo states which scale it compares.
public struct NormalizedEvaluation: Sendable {
    /// (1−γ)·V^π(s).
    public let values: [Double]
    /// (1−γ)·Q^π(s,a), flat [s][a].
    public let actionValues: [Double]
    /// (1−γ)·(the unnormalized forward-error bound): the absolute error these values may carry.
    public let forwardErrorBound: Double
    /// The unnormalized evaluation this was scaled from (residual and tolerances in its units).
    public let unnormalized: PolicyEvaluation

    /// Scales an unnormalized evaluation made with discount γ.
    public init(_ evaluation: PolicyEvaluation, gamma: Double) {
        let scale = 1 - gamma
        values = evaluation.values.map { scale * $0 }
        actionValues = evaluation.actionValues.map { scale * $0 }
        forwardErrorBound = scale * evaluation.forwardErrorBound
        unnormalized = evaluation
    }

    /// Σ_s w(s)·(1−γ)V^π(s): mfppo's L(π) for w = ν*, or the normalized J for w = ρ₀.
    public func objective(weights w: [Double]) -> Double { Vector.dot(w, values) }
}

extension Game {
    /// The (1−γ)-normalized evaluation of `policy` under agent i's reward (mfppo's convention).
    public func normalizedEvaluation(_ policy: Policy, agent i: Int = 0) throws(GSLError) -> NormalizedEvaluation {
        NormalizedEvaluation(try evaluate(policy, agent: i), gamma: gamma)
    }

    /// (1−γ)·J_i(π) = ρ₀ · (1−γ)V_i^π (mfppo's convention).
    public func normalizedObjective(_ policy: Policy, agent i: Int = 0) throws(GSLError) -> Double {
        try normalizedEvaluation(policy, agent: i).objective(weights: initial)
    }
}

extension FiniteMDP {
    /// The (1−γ)-normalized evaluation of a policy table ([s][a]) on any finite MDP (mfppo's
    /// mean-field and meta-action MDPs are not `Game`s).
    public func normalizedEvaluation(policy: [Double]) throws(GSLError) -> NormalizedEvaluation {
        NormalizedEvaluation(try PolicyEvaluation(mdp: self, policy: policy), gamma: gamma)
    }

    /// The same MDP (states, actions, transitions, γ, ρ₀) with another reward table r[s·|A|+a].
    public func replacingRewards(_ rewards: [Double]) -> FiniteMDP {
        FiniteMDP(stateCount: stateCount, actionCount: actionCount, transitions: transitions, rewards: rewards,
                  gamma: gamma, initial: initial)
    }
}
