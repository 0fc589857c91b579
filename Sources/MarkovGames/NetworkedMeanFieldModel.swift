import Foundation
import GSLKit

/// ltde's local mean-field model on a graph (Gu, Guo, Wei & Xu, "Mean-field multi-agent
/// reinforcement learning: a decentralized network approach", arXiv:2108.02731, Sec. 2):
/// N homogeneous agents with local states on the nodes of an undirected graph (S, E) and a
/// common action set A; µ is the empirical measure of the agents' local states
/// (µ(y) = #{j : s^j = y}/N, agent i itself included) and N_x the 1-hop neighbourhood of x
/// (x included). Agent i's reward and move depend on its own state and action and on µ
/// restricted to N_{s^i} only, eqs. (2.6)–(2.7):
///
///     r(x, µ(N_x), a) = u[x][a] + Σ_{y ∈ N_x} v[x][a][y] µ(y),
///     P(y | x, µ(N_x), a) ∝ exp(θ[x][a][y] − κ µ(y))  for y ∈ N_x,   0 outside N_x,
///
/// so agents move only along edges or stay, and avoid crowded neighbours with strength κ ≥ 0.
/// `random` draws θ ~ N(0,1), u ~ U[0,1], v ~ U[−1,1] (so r ∈ [−1, 2]). The N-agent game
/// (`game`) has the team reward r(s, a) = (1/N) Σ_i r(s^i, µ(N_{s^i}), a^i) (eqs. (2.1)–(2.4))
/// and moves agents independently: P(s' | s, a) = ∏_i P(s'^i | s^i, µ(N_{s^i}), a^i).
public struct NetworkedMeanFieldModel: Sendable {
    public let graph: StateGraph
    /// N.
    public let agentCount: Int
    /// |A|.
    public let actionCount: Int
    /// κ, the crowd aversion of the moves.
    public let crowding: Double
    /// θ[x][a][y], flat `(x·|A| + a)·k + y` (read for y ∈ N_x only).
    public let logits: [Double]
    /// u[x][a], flat `x·|A| + a`.
    public let baseReward: [Double]
    /// v[x][a][y], flat `(x·|A| + a)·k + y` (read for y ∈ N_x only).
    public let neighbourWeights: [Double]
    private let neighbourhoods: [[Int]]

    public init(graph: StateGraph, agents: Int, actions: Int, crowding: Double,
                logits: [Double], baseReward: [Double], neighbourWeights: [Double]) {
        let k = graph.nodeCount
        precondition(logits.count == k * actions * k && neighbourWeights.count == k * actions * k
                     && baseReward.count == k * actions, "NetworkedMeanFieldModel: table sizes")
        self.graph = graph
        self.agentCount = agents
        self.actionCount = actions
        self.crowding = crowding
        self.logits = logits
        self.baseReward = baseReward
        self.neighbourWeights = neighbourWeights
        self.neighbourhoods = (0..<k).map { graph.neighbourhood(of: $0, hops: 1) }
    }

    /// A model with the random tables described above (θ ~ N(0,1), u ~ U[0,1], v ~ U[−1,1]);
    /// entries outside the neighbourhoods are 0.
    public static func random(graph: StateGraph, agents: Int, actions: Int, crowding: Double,
                              rng: RandomSource) -> NetworkedMeanFieldModel {
        let k = graph.nodeCount
        var logits = [Double](repeating: 0, count: k * actions * k)
        var weights = [Double](repeating: 0, count: k * actions * k)
        var base = [Double](repeating: 0, count: k * actions)
        for x in 0..<k {
            let hood = graph.neighbourhood(of: x, hops: 1)
            for a in 0..<actions {
                base[x * actions + a] = rng.uniform()
                for y in hood {
                    logits[(x * actions + a) * k + y] = rng.normal()
                    weights[(x * actions + a) * k + y] = rng.uniform(-1, 1)
                }
            }
        }
        return NetworkedMeanFieldModel(graph: graph, agents: agents, actions: actions, crowding: crowding,
                                       logits: logits, baseReward: base, neighbourWeights: weights)
    }

    /// P(· | x, µ(N_x), a) over all k local states (zero outside N_x); `measure` is the whole µ,
    /// of which only µ(N_x) is read.
    public func localTransition(from x: Int, measure: [Double], action a: Int) -> [Double] {
        let k = graph.nodeCount
        let hood = neighbourhoods[x]
        let scores = hood.map { logits[(x * actionCount + a) * k + $0] - crowding * measure[$0] }
        let top = scores.max()!
        let weights = scores.map { exp($0 - top) }
        let z = weights.reduce(0, +)
        var row = [Double](repeating: 0, count: k)
        for (j, y) in hood.enumerated() { row[y] = weights[j] / z }
        return row
    }

    /// r(x, µ(N_x), a); only µ(N_x) is read.
    public func localReward(at x: Int, measure: [Double], action a: Int) -> Double {
        let k = graph.nodeCount
        var r = baseReward[x * actionCount + a]
        for y in neighbourhoods[x] { r += neighbourWeights[(x * actionCount + a) * k + y] * measure[y] }
        return r
    }

    /// The N-agent game: states are the profiles of local states (lexicographic, agent 1 slowest;
    /// `PopulationStructure`), local states "x0"…, actions "a0"…, the graph on the local states,
    /// ρ₀ uniform over profiles.
    public func game(name: String, gamma: Double, source: String?) throws(ModelError) -> Game {
        let k = graph.nodeCount, n = agentCount
        let shape = try PopulationGameShape(localStates: (0..<k).map { "x\($0)" }, agents: n, actions: actionCount, gamma: gamma)
        let (transitions, rewards) = shape.transitionsAndRewards { s, profile, actions in
            let measure = shape.population.histogram(ofState: s, agents: n).map { Double($0) / Double(n) }
            return (0..<n).map { i in
                (localTransition(from: profile[i], measure: measure, action: actions[i]),
                 localReward(at: profile[i], measure: measure, action: actions[i]))
            }
        }
        return try shape.game(name: name, gamma: gamma, transitions: transitions, rewards: rewards, graph: graph, source: source)
    }
}
