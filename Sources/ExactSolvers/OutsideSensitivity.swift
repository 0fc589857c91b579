import MarkovGames

/// The left-hand side of ltde's (c, ρ)-exponential decay (Def. 3.4, bounded in Lemma 3.5): how much
/// a Q-function can change when everything outside the k-hop ball N_x^k of local state x changes,
///
///   Δ_x(k) = sup { |Q(µ,h) − Q(µ',h')| : µ(N_x^k) = µ'(N_x^k), h(N_x^k) = h'(N_x^k) }
///          = max over classes of equal ζ_x^k = (µ(N_x^k), h(N_x^k)) of (max Q − min Q)   (ltde §6 recipe),
///
/// on a population game (profile states, `PopulationStructure`, with its `StateGraph` over local
/// states). A pair (profile s, joint action a) has ζ_x^k given by the counts n_y = #{i : x_i = y} and
/// c_{y,b} = #{i : x_i = y, a_i = b} for y ∈ N_x^k (h(y) = c_y/n_y, so equal counts ⇔ equal µ and h
/// there; the outside mass is fixed by Σµ = 1). Taking the sup over profile pairs is the sup over Ξ
/// whenever Q is a function of (µ,h) (symmetric game and policy); otherwise it is the same sup
/// over the finer profile-level pairs.
///
/// Q is any table over the game's (s, a), e.g. the team Q_x^Π of the reward r_x under either
/// reading of ltde (3.6), evaluated by the caller; Δ_x(k) = 0 once N_x^k is every local state.
public struct OutsideSensitivity: Sendable {
    /// A (global state, joint action) pair.
    public struct StateAction: Equatable, Sendable {
        public let state: Int
        public let action: Int
    }

    /// The local state x.
    public let localState: Int
    /// k.
    public let hops: Int
    /// N_x^k (increasing).
    public let neighbourhood: [Int]
    /// Δ_x(k).
    public let value: Double
    /// Two pairs with equal ζ_x^k whose Q differ by Δ_x(k): the larger first.
    public let witnesses: (high: StateAction, low: StateAction)
    /// The number of distinct ζ_x^k.
    public let classCount: Int

    /// Δ_x(k) of the table `actionValues` (flat [s][a]). Complexity O(|S|·|A|·N).
    public init(game: Game, actionValues q: [Double], localState x: Int, hops k: Int) throws(SolverError) {
        guard let population = game.population else {
            throw .unsupported("game '\(game.name)' has no population structure (states are not profiles of local states)")
        }
        guard Set(game.agents.map(\.actionCount)).count == 1 else {
            throw .unsupported("agents have different action counts \(game.agents.map(\.actionCount)); agents cannot be exchanged")
        }
        guard let graph = game.graph, graph.nodeCount == population.localStateCount else {
            throw .unsupported("game '\(game.name)' has no graph over its \(population.localStateCount) local states")
        }
        precondition((0..<graph.nodeCount).contains(x) && k >= 0, "OutsideSensitivity: local state \(x), hops \(k)")
        let nS = game.stateCount, space = game.jointActions, nA = space.count, nActions = space.sizes[0]
        precondition(q.count == nS * nA, "OutsideSensitivity: Q has \(q.count) entries, expected \(nS * nA)")
        let ball = graph.neighbourhood(of: x, hops: k)
        var slot = [Int](repeating: -1, count: graph.nodeCount)
        for (j, y) in ball.enumerated() { slot[y] = j }
        var extremes: [[Int]: (high: StateAction, low: StateAction)] = [:]
        for s in 0..<nS {
            let local = population.profile(ofState: s, agents: game.agentCount)
            for a in 0..<nA {
                // key: (n_y, c_{y,0..|A|−1}) for each y in the ball, in the ball's order
                var key = [Int](repeating: 0, count: ball.count * (1 + nActions))
                for (i, y) in local.enumerated() where slot[y] >= 0 {
                    let base = slot[y] * (1 + nActions)
                    key[base] += 1
                    key[base + 1 + space.action(ofAgent: i, in: a)] += 1
                }
                let here = StateAction(state: s, action: a), v = q[s * nA + a]
                if let e = extremes[key] {
                    let high = v > q[e.high.state * nA + e.high.action] ? here : e.high
                    let low = v < q[e.low.state * nA + e.low.action] ? here : e.low
                    extremes[key] = (high, low)
                } else {
                    extremes[key] = (here, here)
                }
            }
        }
        var best: (high: StateAction, low: StateAction)? = nil, spread = 0.0
        for e in extremes.values {
            let d = q[e.high.state * nA + e.high.action] - q[e.low.state * nA + e.low.action]
            if best == nil || d > spread || (d == spread && (e.high.state, e.high.action) < (best!.high.state, best!.high.action)) {
                best = e
                spread = d
            }
        }
        localState = x
        hops = k
        neighbourhood = ball
        value = spread
        witnesses = best!
        classCount = extremes.count
    }

    /// Δ_x(k) for k = 0 … ecc(x) (the last hop count that still leaves some local state outside,
    /// plus one, where Δ = 0): the profile a claim compares with c·ρ^{k+1}.
    public static func profile(game: Game, actionValues q: [Double], localState x: Int) throws(SolverError) -> [OutsideSensitivity] {
        guard let graph = game.graph else { throw .unsupported("game '\(game.name)' has no graph") }
        let reachable = graph.distances(from: x).filter { $0 != .max }
        let eccentricity = reachable.max() ?? 0
        var out: [OutsideSensitivity] = []
        for k in 0...eccentricity { out.append(try OutsideSensitivity(game: game, actionValues: q, localState: x, hops: k)) }
        return out
    }
}
