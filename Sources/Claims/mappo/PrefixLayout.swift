import MarkovGames

/// The prefixes a^{1:m} of mappo's autoregressive policies (Sec. 3.1 notation), with the agents in
/// index order 1…N and agent 1 varying slowest: the prefix of length m has the lexicographic index
/// b_m = b_{m−1}·|A_m| + a^m, so b_N is the game's joint index and b_m = a / ∏_{l>m}|A_l|.
///
/// Agent m's conditional table π^m(a^m|s,a^{1:m−1}) (a `ConditionalPolicy` with the identity order)
/// and every function of (s, a^{1:m}) in this folder are flat [s][b_m], i.e. flat index
/// s·P_m + b_m = (s·P_{m−1} + b_{m−1})·|A_m| + a^m, where P_m = ∏_{l≤m}|A_l|.
struct PrefixLayout: Sendable, Equatable {
    let stateCount: Int
    /// |A_m| for m = 1…N, stored 0-based.
    let sizes: [Int]
    /// P_m = ∏_{l≤m}|A_l| for m = 0…N.
    let counts: [Int]

    init(game: Game) {
        stateCount = game.stateCount
        sizes = game.agents.map(\.actionCount)
        var c = [1]
        for k in sizes { c.append(c.last! * k) }
        counts = c
    }

    /// N.
    var agentCount: Int { sizes.count }

    /// |A_m| for the 1-based agent m.
    func actionCount(agent m: Int) -> Int { sizes[m - 1] }

    /// The number of rows (s, a^{1:m−1}) of agent m's conditional table: |S|·P_{m−1}.
    func rows(agent m: Int) -> Int { stateCount * counts[m - 1] }

    /// The number of entries of a function of (s, a^{1:m}): |S|·P_m.
    func entries(prefix m: Int) -> Int { stateCount * counts[m] }

    /// The length-m prefix index b_m of the joint index a.
    @inline(__always)
    func prefix(_ a: Int, length m: Int) -> Int { a / (counts[agentCount] / counts[m]) }

    /// The identity agent order of the paper's policies.
    var order: [Int] { Array(0..<agentCount) }
}

extension ConditionalPolicy {
    /// π^{1:m}(b_m|s) for every m = 0…N, each flat [s][b_m] (mappo Sec. 3.1: the joint policy of
    /// agents 1…m). Precondition: the identity agent order. Complexity O(|S|·|A|).
    func prefixProbabilities(_ layout: PrefixLayout) -> [[Double]] {
        precondition(order == layout.order, "prefixProbabilities: mappo's policies use the identity agent order")
        var out: [[Double]] = [[Double](repeating: 1, count: layout.stateCount)]
        for m in 1...layout.agentCount {
            let k = layout.actionCount(agent: m), previous = out[m - 1], table = tables[m - 1]
            var next = [Double](repeating: 0, count: layout.entries(prefix: m))
            for row in 0..<layout.rows(agent: m) {
                for a in 0..<k { next[row * k + a] = previous[row] * table[row * k + a] }
            }
            out.append(next)
        }
        return out
    }

    /// π^{m+1:N}(ã|s,a^{1:m}) at the completion ã of the joint index a, flat [s][a] (the complement
    /// agents' probability in Def. 3.1 and Def. 3.2). Complexity O(|S|·|A|·N).
    func tailProbabilities(_ layout: PrefixLayout, after m: Int) -> [Double] {
        let nA = layout.counts[layout.agentCount]
        var out = [Double](repeating: 1, count: layout.stateCount * nA)
        for s in 0..<layout.stateCount {
            for a in 0..<nA {
                var p = 1.0
                for l in stride(from: m + 1, through: layout.agentCount, by: 1) {
                    p *= tables[l - 1][s * layout.counts[l] + layout.prefix(a, length: l)]
                }
                out[s * nA + a] = p
            }
        }
        return out
    }
}
