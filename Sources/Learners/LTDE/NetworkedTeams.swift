import Foundation
import GSLKit
import MarkovGames

/// ltde's team view of a networked population game (Sec. 3.1): N homogeneous agents whose local
/// states are the nodes of the game's `StateGraph`; at a global state (profile) s with joint action
/// a, team y is the set of agents in local state y, µ(y) = n_y/N its share and h(y)(b) = c_{y,b}/n_y
/// the fraction of it playing b (ltde Sec. 2; h(y) := 0 when n_y = 0, flag "h undefined").
public struct NetworkedTeams: Sendable {
    public let game: Game
    /// k, the number of local states (graph nodes).
    public let localStateCount: Int
    /// |A|, every agent's action count.
    public let actionCount: Int
    /// The profile of every global state.
    public let profiles: [[Int]]
    /// N_y^κ for every local state y.
    public let neighbourhoods: [[Int]]
    /// The hop count κ of the critics' truncation.
    public let hops: Int

    public init(game: Game, hops: Int) throws(ModelError) {
        guard let population = game.population else {
            throw ModelError(path: "population", "LTDE needs a networked population game (\"population\" and \"graph\" in the game file)")
        }
        guard let graph = game.graph else { throw ModelError(path: "graph", "LTDE needs the graph on the local states (\"graph\")") }
        let k = population.localStates.count
        guard graph.nodeCount == k else {
            throw ModelError(path: "graph.nodes", "is \(graph.nodeCount); LTDE needs one node per local state (\(k))")
        }
        let m = game.agents[0].actionCount
        for (i, agent) in game.agents.enumerated() where agent.actionCount != m {
            throw ModelError(path: "agents[\(i)].actions", "LTDE needs homogeneous agents: agent '\(agent.name)' has \(agent.actionCount) actions, agent 1 has \(m)")
        }
        let n = game.agentCount
        self.game = game
        localStateCount = k
        actionCount = m
        profiles = (0..<game.stateCount).map { population.profile(ofState: $0, agents: n) }
        neighbourhoods = (0..<k).map { graph.neighbourhood(of: $0, hops: hops) }
        self.hops = hops
    }

    /// n_y for every local state at global state s.
    public func counts(state s: Int) -> [Int] {
        var c = [Int](repeating: 0, count: localStateCount)
        for y in profiles[s] { c[y] += 1 }
        return c
    }

    /// c_{y,b}: how many agents in local state y play b, flat [y][b].
    public func actionCounts(state s: Int, action a: Int) -> [Int] {
        var c = [Int](repeating: 0, count: localStateCount * actionCount)
        for (i, y) in profiles[s].enumerated() { c[y * actionCount + game.jointActions.action(ofAgent: i, in: a)] += 1 }
        return c
    }

    /// ζ_y = (µ(y), h(y)) ∈ ℝ^{1+|A|}.
    public func localFeature(_ y: Int, state s: Int, action a: Int) -> [Double] {
        let n = counts(state: s)[y], c = actionCounts(state: s, action: a)
        return teamFeature(share: Double(n) / Double(game.agentCount), counts: Array(c[(y * actionCount)..<((y + 1) * actionCount)]))
    }

    /// (µ(y), h(y)) from the share µ(y) and the team's action counts.
    public func teamFeature(share: Double, counts: [Int]) -> [Double] {
        let total = counts.reduce(0, +)
        return [share] + counts.map { total > 0 ? Double($0) / Double(total) : 0 }
    }

    /// ζ_x^κ = (µ(N_x^κ), h(N_x^κ)): the local features of the neighbourhood, in increasing node order.
    public func truncatedFeature(_ x: Int, state s: Int, action a: Int) -> [Double] {
        neighbourhoods[x].flatMap { localFeature($0, state: s, action: a) }
    }
}

/// The team laws' support: the splits of a team's agents over the actions (ltde's P_n(A) as counts).
enum TeamCompositions {
    /// The multinomial coefficient n!/∏ c_b!.
    static func multinomial(_ c: [Int]) -> Double {
        exp(Special.logGamma(Double(c.reduce(0, +) + 1)) - c.reduce(0.0) { $0 + Special.logGamma(Double($1 + 1)) })
    }
}
