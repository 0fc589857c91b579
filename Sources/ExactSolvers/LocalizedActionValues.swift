import GSLKit
import MarkovGames

/// The localized (multi-agent) action-value functions Q_π^{1:m} of mappo Def. 3.1 for an
/// autoregressive policy π(a|s) = ∏_m π^m(a^m|s,a^{1:m−1}) and its agent order σ:
///
///   Q_π^{1:m}(s,a^{1:m}) = E_{ã~π^{m+1:N}(·|s,a^{1:m})} Q_π(s,a^{1:m},ã),
///
/// computed by the backward recursion (mappo §2.2 recipe)
/// Q^{1:N} = Q_π and Q^{1:m−1}(s,a^{1:m−1}) = Σ_{a^m} π^m(a^m|s,a^{1:m−1}) Q^{1:m}(s,a^{1:m}), so that
/// Q^{1:0} = V_π. A product policy enters as `ConditionalPolicy(product, game:)`.
///
/// `tables[m]` is Q^{1:m} for the first m agents of the order, flat [s][b_m] with b_m the
/// lexicographic index of (a^{σ(1)},…,a^{σ(m)}), σ(1) slowest: the layout of `ConditionalPolicy`'s
/// table of the m-th agent (|S|·∏_{l≤m}|A_σ(l)| entries). `tables[0]` = V_π, `tables[n]` = Q_π
/// re-indexed along σ.
public struct LocalizedActionValues: Sendable {
    /// The agent order σ.
    public var order: [Int] { ordering.order }
    /// The joint action space re-indexed along σ (sizes, prefix counts, the game's joint index of
    /// every ordered index).
    public let ordering: AgentOrdering
    /// Q^{1:m} for m = 0…n.
    public let tables: [[Double]]
    /// ∏_{l<m}|A_σ(l)| for m = 0…n: the width of `tables[m]` per state.
    public var prefixCounts: [Int] { ordering.prefixCounts }
    /// The exact evaluation of π the recursion starts from (its residual and tolerances); nil when
    /// the recursion started from a given Q (`init(game:policy:actionValues:)`).
    public let evaluation: PolicyEvaluation?

    /// Evaluates π exactly (agent i's reward; the shared reward when shared) and runs the
    /// recursion. Complexity O(|S|³ + |S|²|A|).
    public init(game: Game, policy: ConditionalPolicy, agent i: Int = 0) throws(SolverError) {
        let joint = policy.joint(in: game).table
        let eval = try solving { () throws(GSLError) in try PolicyEvaluation(mdp: FiniteMDP(game: game, rewardOf: i), policy: joint) }
        self.init(game: game, policy: policy, evaluation: eval)
    }

    /// The recursion from an existing evaluation of `policy` (Q over the game's joint index).
    /// Complexity O(|S|·|A|).
    public init(game: Game, policy: ConditionalPolicy, evaluation: PolicyEvaluation) {
        self.init(game: game, policy: policy, start: evaluation.actionValues, evaluation: evaluation)
    }

    /// The recursion from ANY Q over the game's joint index (e.g. a critic's estimate of Q_π, haqo
    /// Lemma A.6 and Assumption A.4): Q^{1:n} = Q re-indexed along σ, Q^{1:m−1} = Σ_{a^m} π^m Q^{1:m}.
    /// `evaluation` is nil. Complexity O(|S|·|A|).
    public init(game: Game, policy: ConditionalPolicy, actionValues q: [Double]) {
        self.init(game: game, policy: policy, start: q, evaluation: nil)
    }

    /// The chain of a product policy along `order` from ANY Q over the game's joint index: haqo's
    /// conditional values Q^{(m)}(s, a^{i_{1:m}}) = E_{a^{i_{m+1:n}} ~ π^{i_{m+1:n}}} Q(s, a^{i_{1:n}}),
    /// eqs. (20)–(21), whose recursion is eq. (28). Complexity O(|S|·|A|).
    public init(game: Game, policy: ProductPolicy, order: [Int], actionValues q: [Double]) {
        self.init(game: game, policy: ConditionalPolicy(policy, game: game, order: order), actionValues: q)
    }

    private init(game: Game, policy: ConditionalPolicy, start q: [Double], evaluation: PolicyEvaluation?) {
        let ordering = AgentOrdering(game: game, order: policy.order)
        let nS = game.stateCount, n = ordering.agentCount, nA = game.jointActionCount
        precondition(q.count == nS * nA, "LocalizedActionValues: Q has \(q.count) entries, the game \(nS * nA)")
        var tables = [[Double]](repeating: [], count: n + 1)
        var full = [Double](repeating: 0, count: nS * nA)
        for s in 0..<nS {
            for b in 0..<nA { full[s * nA + b] = q[s * nA + ordering.jointIndex[b]] }
        }
        tables[n] = full
        for m in stride(from: n, to: 0, by: -1) {
            let k = ordering.sizes[m - 1], rows = nS * ordering.prefixCounts[m - 1]
            let pi = policy.tables[m - 1], next = tables[m]
            var q = [Double](repeating: 0, count: rows)
            for row in 0..<rows {
                var v = 0.0
                for a in 0..<k { v += pi[row * k + a] * next[row * k + a] }
                q[row] = v
            }
            tables[m - 1] = q
        }
        self.ordering = ordering
        self.tables = tables
        self.evaluation = evaluation
    }

    /// Q^{1:0} = V_π.
    public var values: [Double] { tables[0] }

    /// The multi-agent advantage of mappo Def. 3.1 for the disjoint prefix blocks P = (1:m) and
    /// P' = (m+1:m'): A_π^{m+1:m'}(s,a^{1:m},a^{m+1:m'}) = Q^{1:m'}(s,a^{1:m'}) − Q^{1:m}(s,a^{1:m}),
    /// flat [s][b_{m'}] like `tables[m']`. Precondition 0 ≤ m ≤ m' ≤ n.
    public func advantage(from m: Int, to mPrime: Int) -> [Double] {
        precondition(0 <= m && m <= mPrime && mPrime < tables.count, "LocalizedActionValues.advantage: blocks \(m)..\(mPrime)")
        let width = prefixCounts[mPrime], shrink = prefixCounts[mPrime] / prefixCounts[m]
        let nS = tables[0].count
        var out = tables[mPrime]
        for s in 0..<nS {
            for b in 0..<width { out[s * width + b] -= tables[m][s * prefixCounts[m] + b / shrink] }
        }
        return out
    }

    /// The agent-m advantage A_π^m(s,a^{1:m−1},a^m) = Q^{1:m} − Q^{1:m−1} (mappo Lemma B.3), m = 1…n.
    public func advantage(agentAt m: Int) -> [Double] { advantage(from: m - 1, to: m) }
}

/// Q_π^P(s,a^P) = E_{ã~π^{P̃}} Q_π(s,a^P,ã) of mappo Def. 3.1 for a product policy and ANY subset P
/// of agents (for a product policy the complement's actions are independent of a^P).
public enum SubsetActionValues {
    /// Q_π^P, flat [s][a^P] with a^P indexed lexicographically over `subset` in the order given.
    /// `actionValues` is Q_π over the game's joint index. Complexity O(|S|·|A|·n).
    public static func values(game: Game, policy: ProductPolicy, actionValues q: [Double], subset: [Int]) -> [Double] {
        precondition(Set(subset).count == subset.count && subset.allSatisfy { (0..<game.agentCount).contains($0) },
                     "SubsetActionValues: \(subset) is not a set of agents")
        let space = game.jointActions, nA = space.count, nS = game.stateCount
        let restricted = space.restricted(to: subset)
        let complement = (0..<game.agentCount).filter { !subset.contains($0) }
        var out = [Double](repeating: 0, count: nS * restricted.count)
        for s in 0..<nS {
            for a in 0..<nA {
                var w = 1.0
                for j in complement { w *= policy.tables[j][s * space.sizes[j] + space.action(ofAgent: j, in: a)] }
                if w == 0 { continue }
                var b = 0
                for (l, i) in subset.enumerated() { b += space.action(ofAgent: i, in: a) * restricted.strides[l] }
                out[s * restricted.count + b] += w * q[s * nA + a]
            }
        }
        return out
    }

    /// A_π^{P'}(s,a^P,a^{P'}) = Q^{P∪P'}(s,a^P,a^{P'}) − Q^P(s,a^P) for disjoint P, P' (mappo Def. 3.1),
    /// flat [s][a^P][a^{P'}] (P's agents slowest).
    public static func advantage(game: Game, policy: ProductPolicy, actionValues q: [Double], subset p: [Int], added pPrime: [Int]) -> [Double] {
        precondition(Set(p).isDisjoint(with: pPrime), "SubsetActionValues.advantage: \(p) and \(pPrime) overlap")
        let union = values(game: game, policy: policy, actionValues: q, subset: p + pPrime)
        let base = values(game: game, policy: policy, actionValues: q, subset: p)
        let width = game.jointActions.restricted(to: p + pPrime).count
        let baseWidth = game.jointActions.restricted(to: p).count, shrink = width / baseWidth
        return union.indices.map { k in
            let s = k / width, b = k % width
            return union[k] - base[s * baseWidth + b / shrink]
        }
    }
}
