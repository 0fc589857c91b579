// Temporary copies of ExactSolvers types from branch 'solvers' (not yet in main); removed once main has them.
import Foundation
import GSLKit
import MarkovGames
import ExactSolvers

/// The joint action space re-indexed along an agent order σ, as `ConditionalPolicy` indexes its
/// tables: the prefix (a^{σ(1)}, …, a^{σ(m)}) has the lexicographic index b_m with σ(1) slowest, so
/// b_m = b_{m−1}·|A_σ(m)| + a^{σ(m)} (mappo Sec. 3.1 notation a^{1:m} for the order's first m agents).
struct AgentOrdering: Sendable {
    /// σ (0-based agents).
    let order: [Int]
    /// |A_σ(m)| for m = 0..<n.
    let sizes: [Int]
    /// ∏_{l<m} |A_σ(l)| for m = 0…n: the number of prefixes of length m.
    let prefixCounts: [Int]
    /// The game's joint index of the full ordered index b_n.
    let jointIndex: [Int]

    init(game: Game, order: [Int]) {
        precondition(order.sorted() == Array(0..<game.agentCount), "AgentOrdering: \(order) is not a permutation of the agents")
        let space = game.jointActions
        self.order = order
        sizes = order.map { space.sizes[$0] }
        var counts = [1]
        for k in sizes { counts.append(counts.last! * k) }
        prefixCounts = counts
        let ordered = JointActionSpace(sizes: sizes)
        jointIndex = (0..<space.count).map { b in
            let actions = ordered.actions(of: b)
            var a = 0
            for (m, agent) in order.enumerated() { a += actions[m] * space.strides[agent] }
            return a
        }
    }

    /// Number of agents n.
    var agentCount: Int { order.count }

    /// The index of the length-m prefix of the full ordered index b.
    func prefixIndex(_ b: Int, length m: Int) -> Int { b / (prefixCounts[agentCount] / prefixCounts[m]) }

    /// π^{1:m}(b_m|s) for every prefix length m = 0…n, each flat [s][b_m]: the probability that the
    /// first m agents of the order play the prefix b_m. Complexity O(|S|·|A|).
    func prefixProbabilities(of policy: ConditionalPolicy, stateCount nS: Int) -> [[Double]] {
        var out: [[Double]] = [[Double](repeating: 1, count: nS)]
        for m in 0..<agentCount {
            let k = sizes[m], rows = prefixCounts[m]
            let previous = out[m], table = policy.tables[m]
            var next = [Double](repeating: 0, count: nS * rows * k)
            for row in 0..<(nS * rows) {
                for a in 0..<k { next[row * k + a] = previous[row] * table[row * k + a] }
            }
            out.append(next)
        }
        return out
    }

    /// The probability π^{m+1:n}(ã|s, b_m) that the agents after position m play the completion of
    /// the full ordered index `b` (whose first m actions form the prefix), flat [s][b].
    func tailProbabilities(of policy: ConditionalPolicy, from m: Int, stateCount nS: Int) -> [Double] {
        let total = prefixCounts[agentCount]
        var out = [Double](repeating: 1, count: nS * total)
        for s in 0..<nS {
            for b in 0..<total {
                var p = 1.0
                // π^{l+1}'s table is [s][b_l][a], i.e. flat index s·P_{l+1} + b_{l+1}.
                for l in m..<agentCount { p *= policy.tables[l][s * prefixCounts[l + 1] + prefixIndex(b, length: l + 1)] }
                out[s * total + b] = p
            }
        }
        return out
    }
}

/// One epoch of exact decentralized softmax policy gradient (DecSPG; ddpl Alg. 1 with the exact
/// averaged Q, Q̂_i = Q̄_i, and the unrestricted class Π_i, so the reverse-KL projection is the
/// identity; ddpl Thm. C.1, Zhang et al. 2022):
///
///   π_i^k(·|s) ∝ π_i^{k−1}(·|s) · exp( η/(1−γ) · Q̄_i^{π^{k−1}}(s,·) ),
///
/// every agent at once, all from the same π^{k−1}. Q̄_i is agent i's averaged Q under its own
/// reward (ddpl Sec. 2.1), computed exactly in its induced MDP (`AgentView`); the update is taken in
/// log space (`ExponentialWeights`).
public enum DecentralizedSoftmaxStep {
    /// π^k from π^{k−1} = `policy` with step η (λ = η/(1−γ) multiplies Q̄).
    /// Complexity O(n·(|S|³ + |S|²|A|)).
    public static func next(game: Game, policy: ProductPolicy, eta: Double) throws(SolverError) -> ProductPolicy {
        let lambda = eta / (1 - game.gamma)
        var tables: [[Double]] = []
        for i in 0..<game.agentCount {
            let view = try AgentView(game: game, policy: policy, agent: i)
            let k = game.agents[i].actionCount, old = policy.tables[i]
            var table = [Double]()
            table.reserveCapacity(old.count)
            for s in 0..<game.stateCount {
                let row = (s * k)..<((s + 1) * k)
                table += ExponentialWeights.reweight(old[row], by: view.averagedQ[row], scale: lambda)
            }
            tables.append(table)
        }
        return ProductPolicy(tables: tables)
    }
}

/// The multiplicative-weights update p'(a) = p(a)·exp(λ·q(a)) / Σ_b p(b)·exp(λ·q(b)) that every exact
/// policy step of the papers takes (ddpl Alg. 1, mappo Prop. 4.2, mfppo Prop. 3.2), computed in log
/// space: log p' = log p + λq − logsumexp(log p + λq). Nothing overflows however large λ·q is, and
/// an action with p(a) = 0 keeps probability 0.
enum ExponentialWeights {
    /// Reweights the distribution `p` by exp(scale·q), both rows of the same length.
    static func reweight(_ p: ArraySlice<Double>, by q: ArraySlice<Double>, scale: Double) -> [Double] {
        precondition(p.count == q.count, "ExponentialWeights.reweight: rows of length \(p.count) and \(q.count)")
        let logits = zip(p, q).map { pa, qa in pa > 0 ? log(pa) + scale * qa : -Double.infinity }
        return Special.softmax(logits)
    }
}

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
    public let order: [Int]
    /// Q^{1:m} for m = 0…n.
    public let tables: [[Double]]
    /// ∏_{l<m}|A_σ(l)| for m = 0…n: the width of `tables[m]` per state.
    public let prefixCounts: [Int]
    /// The exact evaluation of π the recursion starts from (its residual and tolerances).
    public let evaluation: PolicyEvaluation

    /// Evaluates π exactly (agent i's reward; the shared reward when shared) and runs the
    /// recursion. Complexity O(|S|³ + |S|²|A|).
    public init(game: Game, policy: ConditionalPolicy, agent i: Int = 0) throws(SolverError) {
        let joint = policy.joint(in: game).table
        let eval: PolicyEvaluation
        do { eval = try PolicyEvaluation(mdp: FiniteMDP(game: game, rewardOf: i), policy: joint) } catch { throw .gsl(error) }
        self.init(game: game, policy: policy, evaluation: eval)
    }

    /// The recursion from an existing evaluation of `policy` (Q over the game's joint index).
    /// Complexity O(|S|·|A|).
    public init(game: Game, policy: ConditionalPolicy, evaluation: PolicyEvaluation) {
        let ordering = AgentOrdering(game: game, order: policy.order)
        let nS = game.stateCount, n = ordering.agentCount, nA = game.jointActionCount
        var tables = [[Double]](repeating: [], count: n + 1)
        var full = [Double](repeating: 0, count: nS * nA)
        for s in 0..<nS {
            for b in 0..<nA { full[s * nA + b] = evaluation.actionValues[s * nA + ordering.jointIndex[b]] }
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
        order = policy.order
        self.tables = tables
        prefixCounts = ordering.prefixCounts
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

/// One exact iteration of multi-agent PPO (mappo Alg. 1) in the tabular case: one-hot features, the
/// exact Q of Assumption 4.3 (ε' = 0) and no projection error (ε = 0), so each agent's policy
/// becomes the ideal update of Prop. 4.2,
///
///   π_{k+1}^m(·|s,a^{1:m−1}) ∝ π_k^m(·|s,a^{1:m−1}) · exp( Q_{π_k}^{1:m}(s,a^{1:m−1},·) / β_k ),
///
/// the maximiser of ⟨Q^{1:m}, π^m⟩ − β_k KL(π^m ‖ π_k^m) at every (s, a^{1:m−1}).
///
/// Which Q each agent uses follows Alg. 1 as printed: in iteration k, for m = 1..N, the samples come
/// from σ_k of the CURRENT policy π_{θ_k} and the oracle returns Q̂_{π_{θ_k}}^{1:m} (lines 5–6); the
/// predecessors' new parameters θ_{k+1}^{1:m−1} enter nothing. The agents are visited in the order,
/// but every agent's step uses the old joint policy π_k, so the result does not depend on the visiting
/// order. (The "sequential" structure is the conditioning on a^{1:m−1}; a variant that re-evaluates Q
/// after each predecessor's update is HAQO/HAPPO's scheme, not this paper's.)
public enum MirrorDescentStep {
    /// π_{k+1} from π_k = `policy` with penalty β_k = `beta` (agent i's reward; the shared one when shared).
    public static func next(game: Game, policy: ConditionalPolicy, beta: Double, agent i: Int = 0) throws(SolverError) -> ConditionalPolicy {
        next(policy: policy, localized: try LocalizedActionValues(game: game, policy: policy, agent: i), beta: beta)
    }

    /// π_{k+1} from π_k and its localized Q-functions Q_{π_k}^{1:m}. Complexity O(|S|·|A|).
    public static func next(policy: ConditionalPolicy, localized: LocalizedActionValues, beta: Double) -> ConditionalPolicy {
        precondition(beta > 0, "MirrorDescentStep: β = \(beta) must be positive")
        precondition(policy.order == localized.order, "MirrorDescentStep: Q^{1:m} was computed for order \(localized.order), the policy has \(policy.order)")
        var tables: [[Double]] = []
        for (m, old) in policy.tables.enumerated() {
            // π^{m+1}'s table and Q^{1:m+1} share the layout [s][b_m][a].
            let q = localized.tables[m + 1]
            precondition(q.count == old.count, "MirrorDescentStep: table \(m) has \(old.count) entries, Q^{1:\(m + 1)} has \(q.count)")
            var table = [Double]()
            table.reserveCapacity(old.count)
            let width = localized.prefixCounts[m + 1] / localized.prefixCounts[m]
            for row in 0..<(old.count / width) {
                let range = (row * width)..<((row + 1) * width)
                table += ExponentialWeights.reweight(old[range], by: q[range], scale: 1 / beta)
            }
            tables.append(table)
        }
        return ConditionalPolicy(order: policy.order, tables: tables)
    }
}
