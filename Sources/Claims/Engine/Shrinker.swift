import MarkovGames

/// One-step reductions of an instance toward a smaller one: a state, an action or an agent fewer,
/// or one coordinate fewer in every vector. Each candidate is a valid instance of the same shapes
/// convention; whether it still violates the claim is the runner's question.
enum Shrinker {
    /// Every one-step reduction of `x` that `allowed` permits, smallest first.
    static func candidates(of x: ClaimInstance, allowed: Shrinking) -> [ClaimInstance] {
        var out: [ClaimInstance] = []
        if let g = x.game, g.graph == nil, g.population == nil, g.agents.allSatisfy({ $0.actionRule == nil }),
           x.policies.values.allSatisfy(isShrinkable) {
            if allowed.contains(.agents) {
                for i in 0..<g.agentCount where g.agentCount > 1 && g.agents[i].actionCount == 1 {
                    if let y = try? removingAgent(i, from: x, game: g) { out.append(y) }
                }
            }
            if allowed.contains(.states), g.stateCount > 1 {
                for s in 0..<g.stateCount { if let y = try? removingState(s, from: x, game: g) { out.append(y) } }
            }
            if allowed.contains(.actions) {
                for i in 0..<g.agentCount where g.agents[i].actionCount > 1 {
                    for a in 0..<g.agents[i].actionCount {
                        if let y = try? removingAction(a, ofAgent: i, from: x, game: g) { out.append(y) }
                    }
                }
            }
        }
        if allowed.contains(.vectorEntries), let n = x.vectors.values.first?.count, n > 2,
           x.vectors.values.allSatisfy({ $0.count == n }) {
            for j in 0..<n {
                var y = x
                for (name, v) in x.vectors {
                    var w = v
                    w.remove(at: j)
                    let isDistribution = abs(v.reduce(0, +) - 1) < 1e-9 && v.allSatisfy { $0 >= 0 }
                    y.vectors[name] = isDistribution ? renormalised(w[...]) : w
                }
                out.append(y)
            }
        }
        return out.sorted { $0.size < $1.size }
    }

    private static func isShrinkable(_ p: Policy) -> Bool {
        if case .conditional = p { return false }
        return true
    }

    /// Normalises a non-negative row; a row with no mass becomes uniform.
    static func renormalised(_ row: ArraySlice<Double>) -> [Double] {
        let z = row.reduce(0, +)
        return z > 0 ? row.map { $0 / z } : [Double](repeating: 1 / Double(row.count), count: row.count)
    }

    private static func rebuild(_ g: Game, states: [String], agents: [Agent], initial: [Double], transitions: [Double],
                                rewards: Rewards, note: String) throws -> Game {
        try Game(name: g.name, stateNames: states, agents: agents, gamma: g.gamma, initial: initial, transitions: transitions,
                 rewards: rewards, source: (g.source.map { $0 + "; " } ?? "") + note)
    }

    static func removingState(_ removed: Int, from x: ClaimInstance, game g: Game) throws -> ClaimInstance {
        let nS = g.stateCount, nA = g.jointActionCount
        let keep = (0..<nS).filter { $0 != removed }
        var transitions: [Double] = []
        for s in keep { for a in 0..<nA { transitions += renormalised(keep.map { g.probability(from: s, a, to: $0) }[...]) } }
        func rows(_ r: [Double]) -> [Double] { keep.flatMap { s in r[(s * nA)..<((s + 1) * nA)] } }
        let rewards: Rewards = switch g.rewards {
        case .shared(let r): .shared(rows(r))
        case .perAgent(let rs): .perAgent(rs.map(rows))
        }
        let game = try rebuild(g, states: keep.map { g.stateNames[$0] }, agents: g.agents,
                               initial: renormalised(keep.map { g.initial[$0] }[...]), transitions: transitions,
                               rewards: rewards, note: "state \(g.stateNames[removed]) removed")
        var y = x
        y.game = game
        for (name, p) in x.policies {
            y.policies[name] = switch p {
            case .product(let q): .product(ProductPolicy(tables: q.tables.enumerated().map { i, t in
                let k = g.agents[i].actionCount
                return keep.flatMap { s in t[(s * k)..<((s + 1) * k)] }
            }))
            case .joint(let q): .joint(JointPolicy(table: rows(q.table)))
            case .conditional: p
            }
        }
        return y
    }

    static func removingAction(_ removed: Int, ofAgent i: Int, from x: ClaimInstance, game g: Game) throws -> ClaimInstance {
        let space = g.jointActions, nS = g.stateCount, nA = space.count
        let keepJoint = (0..<nA).filter { space.action(ofAgent: i, in: $0) != removed }
        var agents = g.agents
        var actions = agents[i].actions
        actions.remove(at: removed)
        agents[i] = Agent(name: agents[i].name, actions: actions)
        var transitions: [Double] = []
        for s in 0..<nS { for a in keepJoint { transitions += g.transitionRow(s, a) } }
        func rows(_ r: [Double]) -> [Double] { (0..<nS).flatMap { s in keepJoint.map { r[s * nA + $0] } } }
        let rewards: Rewards = switch g.rewards {
        case .shared(let r): .shared(rows(r))
        case .perAgent(let rs): .perAgent(rs.map(rows))
        }
        let game = try rebuild(g, states: g.stateNames, agents: agents, initial: g.initial, transitions: transitions,
                               rewards: rewards, note: "action \(g.agents[i].actions[removed]) of \(g.agents[i].name) removed")
        var y = x
        y.game = game
        for (name, p) in x.policies {
            switch p {
            case .product(var q):
                let k = g.agents[i].actionCount
                q.tables[i] = (0..<nS).flatMap { s in
                    renormalised((0..<k).filter { $0 != removed }.map { q.tables[i][s * k + $0] }[...])
                }
                y.policies[name] = .product(q)
            case .joint(let q):
                let kept = rows(q.table)
                let m = keepJoint.count
                y.policies[name] = .joint(JointPolicy(table: (0..<nS).flatMap { s in renormalised(kept[(s * m)..<((s + 1) * m)]) }))
            case .conditional: break
            }
        }
        return y
    }

    static func removingAgent(_ removed: Int, from x: ClaimInstance, game g: Game) throws -> ClaimInstance {
        precondition(g.agents[removed].actionCount == 1, "Shrinker: only an agent with one action can be removed")
        var agents = g.agents
        agents.remove(at: removed)
        let rewards: Rewards = switch g.rewards {
        case .shared(let r): .shared(r)
        case .perAgent(var rs): { rs.remove(at: removed); return .perAgent(rs) }()
        }
        let game = try rebuild(g, states: g.stateNames, agents: agents, initial: g.initial, transitions: g.transitions,
                               rewards: rewards, note: "agent \(g.agents[removed].name) removed")
        var y = x
        y.game = game
        for (name, p) in x.policies {
            if case .product(var q) = p {
                q.tables.remove(at: removed)
                y.policies[name] = .product(q)
            }
        }
        return y
    }
}
