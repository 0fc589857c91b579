import ExactSolvers
import GSLKit
import MarkovGames

/// The objects of the second part of mfppo Proposition 2.1 for a joint policy ν on a population
/// game: R^ν(s) = E_{a~ν} r(s, a), P^ν(s'|s) = E_{a~ν} P(s'|s, a), the unscaled V_u^ν, Q_u^ν
/// (Q_u = r + γ P V_u, the fixed point of the discounted (C.2)), the (1−γ)-scaled V^ν = (1−γ)V_u of
/// Sec. 2, and Proposition 2.1's Q^ν(s, a) = r(s, a) + γ E_{s'} V^ν(s') as printed (scaled V inside an
/// unscaled reward).
struct PopulationPolicyValues {
    let mdp: FiniteMDP
    let policy: [Double]
    let evaluation: PolicyEvaluation

    init(game: Game, policy: Policy) throws {
        mdp = FiniteMDP(game: game)
        self.policy = policy.joint(in: game).table
        evaluation = try PolicyEvaluation(mdp: mdp, policy: self.policy)
    }

    var expectedReward: [Double] { mdp.expectedReward(policy: policy) }
    var stateTransitions: Matrix { mdp.stateTransitionMatrix(policy: policy) }
    /// V^ν = (1−γ)V_u (Sec. 2).
    var scaledValues: [Double] { evaluation.values.map { (1 - mdp.gamma) * $0 } }
    /// Q^ν(s, a) = r(s, a) + γ Σ_{s'} P(s'|s, a) V^ν(s') with the scaled V (Prop. 2.1 as printed).
    var printedActionValues: [Double] { mdp.actionValues(from: scaledValues) }

    /// ‖q − (r + c Σ_{s',a'} P(s'|s,a) ν(a'|s') q(s',a'))‖∞: the residual of q in (C.2) with discount c.
    func evaluationResidual(_ q: [Double], discount c: Double) -> Double {
        let nS = mdp.stateCount, nA = mdp.actionCount
        let next = (0..<nS).map { s in (0..<nA).reduce(0.0) { $0 + policy[s * nA + $1] * q[s * nA + $1] } }
        var worst = 0.0
        for sa in 0..<(nS * nA) {
            var e = 0.0
            for t in 0..<nS { e += mdp.transitions[sa * nS + t] * next[t] }
            worst = max(worst, abs(q[sa] - mdp.rewards[sa] - c * e))
        }
        return worst
    }

    /// The value scale ‖V_u‖∞ (for tolerances).
    var scale: Double { max(Vector.infinityNorm(evaluation.values), 1e-300) }
}
