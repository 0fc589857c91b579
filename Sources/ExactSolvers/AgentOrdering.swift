import MarkovGames

/// The joint action space re-indexed along an agent order σ, as `ConditionalPolicy` indexes its
/// tables: the prefix (a^{σ(1)}, …, a^{σ(m)}) has the lexicographic index b_m with σ(1) slowest, so
/// b_m = b_{m−1}·|A_σ(m)| + a^{σ(m)} (mappo Sec. 3.1 notation a^{1:m} for the order's first m agents).
public struct AgentOrdering: Sendable, Equatable {
    /// σ (0-based agents).
    public let order: [Int]
    /// |A_σ(m)| for m = 0..<n.
    public let sizes: [Int]
    /// ∏_{l<m} |A_σ(l)| for m = 0…n: the number of prefixes of length m.
    public let prefixCounts: [Int]
    /// The game's joint index of the full ordered index b_n.
    public let jointIndex: [Int]

    public init(game: Game, order: [Int]) {
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
    public var agentCount: Int { order.count }

    /// The index of the length-m prefix of the full ordered index b.
    public func prefixIndex(_ b: Int, length m: Int) -> Int { b / (prefixCounts[agentCount] / prefixCounts[m]) }

    /// π^{1:m}(b_m|s) for every prefix length m = 0…n, each flat [s][b_m]: the probability that the
    /// first m agents of the order play the prefix b_m. Complexity O(|S|·|A|).
    public func prefixProbabilities(of policy: ConditionalPolicy, stateCount nS: Int) -> [[Double]] {
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
    public func tailProbabilities(of policy: ConditionalPolicy, from m: Int, stateCount nS: Int) -> [Double] {
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

extension ConditionalPolicy {
    /// π^{1:m}(b_m|s) for every prefix length m = 0…n, each flat [s][b_m] with b_m the lexicographic
    /// index of the order's first m actions: the probability that the first m agents of the order
    /// play b_m (mappo Sec. 3.1, the joint policy of agents 1…m). Complexity O(|S|·|A|).
    public func prefixProbabilities(in game: Game) -> [[Double]] {
        AgentOrdering(game: game, order: order).prefixProbabilities(of: self, stateCount: game.stateCount)
    }
}
