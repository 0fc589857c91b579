import ExactSolvers
import MarkovGames

/// The conditional value chain of haqo Lemma A.6 for a product policy π and a permutation
/// i_{1:n}:
///
///   Q^{(m)}(s, a^{i_{1:m}}) = E_{a^{i_{m+1:n}} ~ π^{i_{m+1:n}}} Q^π(s, a^{i_{1:n}})     (20)
///   Q^{(0)} = V^π,  Q^{(n)} = Q^π,  Δ_m = Q^{(m)} − Q^{(m−1)}                            (21)
///
/// computed by the backward recursion Q^{(m−1)}(s,b) = Σ_a π^{i_m}(a|s) Q^{(m)}(s,b·|A^{i_m}|+a)
/// (eq. (28)). `tables[m]` is flat [s][b_m] with b_m the lexicographic index of
/// (a^{i_1}, …, a^{i_m}), i_1 slowest — the layout of `ConditionalPolicy`'s m-th table.
///
/// For product policies this is the localized Q^{1:m} of mappo Def. 3.1 that ExactSolvers gains on
/// the `solvers` branch (`LocalizedActionValues`); it can be replaced by it once that lands.
struct SequentialValueChain: Sendable {
    /// The permutation i_{1:n} (0-based agents).
    let order: [Int]
    /// |A^{i_m}| for m = 1…n (index m−1).
    let sizes: [Int]
    /// ∏_{l≤m} |A^{i_l}| for m = 0…n.
    let prefixCounts: [Int]
    /// Q^{(m)} for m = 0…n.
    let tables: [[Double]]
    /// The game's joint index of the full ordered index b_n.
    let jointIndex: [Int]
    let stateCount: Int

    /// The chain of `policy` from its exact action values `actionValues` (Q^π over the game's
    /// joint index). Complexity O(|S|·|A|).
    init(game: Game, policy: ProductPolicy, actionValues q: [Double], order: [Int]) {
        precondition(order.sorted() == Array(0..<game.agentCount), "SequentialValueChain: \(order) is not a permutation")
        let space = game.jointActions, nS = game.stateCount, nA = space.count
        self.order = order
        stateCount = nS
        sizes = order.map { space.sizes[$0] }
        var counts = [1]
        for k in sizes { counts.append(counts.last! * k) }
        prefixCounts = counts
        let ordered = JointActionSpace(sizes: sizes)
        jointIndex = (0..<nA).map { b in
            let actions = ordered.actions(of: b)
            var a = 0
            for (m, agent) in order.enumerated() { a += actions[m] * space.strides[agent] }
            return a
        }
        let n = order.count
        var tables = [[Double]](repeating: [], count: n + 1)
        var full = [Double](repeating: 0, count: nS * nA)
        for s in 0..<nS { for b in 0..<nA { full[s * nA + b] = q[s * nA + jointIndex[b]] } }
        tables[n] = full
        for m in stride(from: n, to: 0, by: -1) {
            let k = sizes[m - 1], rows = counts[m - 1]
            let pi = policy.tables[order[m - 1]], next = tables[m]
            var out = [Double](repeating: 0, count: nS * rows)
            for s in 0..<nS {
                for b in 0..<rows {
                    var v = 0.0
                    for a in 0..<k { v += pi[s * k + a] * next[(s * rows + b) * k + a] }
                    out[s * rows + b] = v
                }
            }
            tables[m - 1] = out
        }
        self.tables = tables
    }

    /// Q^{(m)} by its definition (20): the sum over the successors' actions of ∏_{l>m} π^{i_l}
    /// times Q^π, without the recursion (an independent computation for checking eq. (28)).
    static func byDefinition(game: Game, policy: ProductPolicy, actionValues q: [Double], order: [Int], length m: Int) -> [Double] {
        let chain = SequentialValueChain(game: game, policy: policy, actionValues: q, order: order)
        let nS = game.stateCount, nA = game.jointActionCount, space = game.jointActions
        let width = chain.prefixCounts[m], tail = nA / width
        var out = [Double](repeating: 0, count: nS * width)
        for s in 0..<nS {
            for b in 0..<nA {
                var w = 1.0
                for l in m..<order.count {
                    let agent = order[l]
                    w *= policy.tables[agent][s * space.sizes[agent] + space.action(ofAgent: agent, in: chain.jointIndex[b])]
                }
                out[s * width + b / tail] += w * q[s * nA + chain.jointIndex[b]]
            }
        }
        return out
    }

    /// Δ_m(s, b_m) = Q^{(m)}(s, b_m) − Q^{(m−1)}(s, ⌊b_m/|A^{i_m}|⌋), m = 1…n, flat [s][b_m].
    func increment(_ m: Int) -> [Double] {
        precondition(m >= 1 && m < tables.count, "SequentialValueChain.increment: m = \(m)")
        let width = prefixCounts[m], k = sizes[m - 1], narrow = prefixCounts[m - 1]
        var out = tables[m]
        for s in 0..<stateCount {
            for b in 0..<width { out[s * width + b] -= tables[m - 1][s * narrow + b / k] }
        }
        return out
    }

    /// The game's joint index of the ordered index b_n.
    func gameIndex(ofOrdered b: Int) -> Int { jointIndex[b] }
}
