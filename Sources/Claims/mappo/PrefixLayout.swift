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
