import GSLKit
import MarkovGames

/// A finite discounted MDP (S, A, P, r, γ, ρ₀) with flat storage:
/// `transitions[(s·|A| + a)·|S| + s']` = P(s'|s,a) and `rewards[s·|A| + a]` = r(s,a).
///
/// Every exact solver works on this one type: a cooperative game is the MDP over joint actions,
/// agent i's view of a game under π_{−i} is the MDP over A_i (`InducedMDP`).
public struct FiniteMDP: Sendable {
    public let stateCount: Int
    public let actionCount: Int
    public let transitions: [Double]
    public let rewards: [Double]
    public let gamma: Double
    public let initial: [Double]

    public init(stateCount: Int, actionCount: Int, transitions: [Double], rewards: [Double], gamma: Double, initial: [Double]) {
        precondition(transitions.count == stateCount * actionCount * stateCount && rewards.count == stateCount * actionCount
                     && initial.count == stateCount, "FiniteMDP: inconsistent table sizes")
        self.stateCount = stateCount
        self.actionCount = actionCount
        self.transitions = transitions
        self.rewards = rewards
        self.gamma = gamma
        self.initial = initial
    }

    /// The MDP over joint actions of `game` with agent i's reward (the shared reward when shared).
    public init(game: Game, rewardOf agent: Int = 0) {
        self.init(stateCount: game.stateCount, actionCount: game.jointActionCount, transitions: game.transitions,
                  rewards: game.rewards.table(agent: agent), gamma: game.gamma, initial: game.initial)
    }

    /// max |r(s,a)|.
    public var maxAbsoluteReward: Double { rewards.reduce(0) { max($0, abs($1)) } }

    /// P_π(s'|s) = Σ_a π(a|s) P(s'|s,a) for a stochastic table π ([s][a]). Complexity O(|S|²|A|).
    public func stateTransitionMatrix(policy: [Double]) -> Matrix {
        let nS = stateCount, nA = actionCount
        var m = Matrix(rows: nS, columns: nS)
        m.storage.withUnsafeMutableBufferPointer { out in
            transitions.withUnsafeBufferPointer { p in
                for s in 0..<nS {
                    for a in 0..<nA {
                        let w = policy[s * nA + a]
                        if w == 0 { continue }
                        let base = (s * nA + a) * nS
                        for t in 0..<nS { out[s * nS + t] += w * p[base + t] }
                    }
                }
            }
        }
        return m
    }

    /// r_π(s) = Σ_a π(a|s) r(s,a).
    public func expectedReward(policy: [Double]) -> [Double] {
        let nA = actionCount
        return (0..<stateCount).map { s in
            var v = 0.0
            for a in 0..<nA { v += policy[s * nA + a] * rewards[s * nA + a] }
            return v
        }
    }

    /// Q(s,a) = r(s,a) + γ Σ_{s'} P(s'|s,a) V(s'). Complexity O(|S|²|A|).
    public func actionValues(from values: [Double]) -> [Double] {
        let nS = stateCount, nA = actionCount
        var q = rewards
        transitions.withUnsafeBufferPointer { p in
            for sa in 0..<(nS * nA) {
                var e = 0.0
                let base = sa * nS
                for t in 0..<nS { e += p[base + t] * values[t] }
                q[sa] += gamma * e
            }
        }
        return q
    }

    /// V(s) = Σ_a π(a|s) Q(s,a).
    public func stateValues(actionValues q: [Double], policy: [Double]) -> [Double] {
        let nA = actionCount
        return (0..<stateCount).map { s in
            var v = 0.0
            for a in 0..<nA { v += policy[s * nA + a] * q[s * nA + a] }
            return v
        }
    }

    /// The deterministic table choosing `actions[s]`.
    public func deterministicPolicy(_ actions: [Int]) -> [Double] {
        var t = [Double](repeating: 0, count: stateCount * actionCount)
        for (s, a) in actions.enumerated() { t[s * actionCount + a] = 1 }
        return t
    }
}
