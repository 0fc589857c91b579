import Foundation
import GSLKit
import MarkovGames

/// The graph families of ltde's state graph (S, E) used by the claims.
enum NetworkGraphKind: Int, CaseIterable, Sendable {
    case path = 0, ring = 1, grid = 2

    var name: String {
        switch self {
        case .path: "path"
        case .ring: "ring"
        case .grid: "grid"
        }
    }

    /// The graph on `nodes` nodes (a grid has rows of `width`).
    func graph(nodes: Int, width: Int) -> StateGraph {
        switch self {
        case .path: .path(nodes: nodes)
        case .ring: .ring(nodes: nodes)
        case .grid: .grid(rows: nodes / width, columns: width)
        }
    }
}

/// One instance of ltde's local mean-field model (eqs. (2.6)–(2.8)) as a `ClaimInstance`, so the
/// counterexample search can move it and a saved instance re-checks to the same numbers:
///
/// - integers `graph` (0 path, 1 ring, 2 grid), `nodes`, `width` (grid columns), `agents` (N),
///   `actions` (m);
/// - scalars `gamma` (γ) and `crowding` (κ);
/// - vectors `logits`, `baseReward`, `neighbourWeights` (the tables of `NetworkedMeanFieldModel`:
///   P(y|x, µ(N_x), a) ∝ exp(θ[x][a][y] − κµ(y)) on N_x, r = u[x][a] + Σ_{y∈N_x} v[x][a][y]µ(y)),
///   and `policy`, the logits of an individual-decentralized policy π(x, µ(x)) (k·(N+1)·m entries,
///   see `TeamPolicy.individualTable`).
struct NetworkedInstance: Sendable {
    let graphKind: NetworkGraphKind
    let model: NetworkedMeanFieldModel
    let gamma: Double
    let policyLogits: [Double]

    init(_ x: ClaimInstance) throws {
        guard let kind = NetworkGraphKind(rawValue: try x.integer("graph")) else {
            throw ClaimError.outsideHypotheses("graph must be 0 (path), 1 (ring) or 2 (grid)")
        }
        let k = try x.integer("nodes"), width = try x.integer("width")
        let n = try x.integer("agents"), m = try x.integer("actions")
        guard k >= 2, n >= 1, m >= 1, kind != .ring || k >= 3, kind != .grid || (width >= 1 && k % width == 0) else {
            throw ClaimError.outsideHypotheses("graph \(kind.name) with \(k) nodes (width \(width)), N = \(n), m = \(m)")
        }
        let gamma = try x.scalar("gamma")
        guard gamma > 0, gamma < 1 else { throw ClaimError.outsideHypotheses("γ = \(gamma) must lie in (0, 1)") }
        let logits = try x.vector("logits"), base = try x.vector("baseReward"), weights = try x.vector("neighbourWeights")
        let policy = try x.vector("policy")
        guard logits.count == k * m * k, weights.count == k * m * k, base.count == k * m, policy.count == k * (n + 1) * m else {
            throw ClaimError.outsideHypotheses("table sizes do not match k = \(k), N = \(n), m = \(m)")
        }
        graphKind = kind
        model = NetworkedMeanFieldModel(graph: kind.graph(nodes: k, width: width), agents: n, actions: m,
                                        crowding: try x.scalar("crowding"), logits: logits, baseReward: base,
                                        neighbourWeights: weights)
        self.gamma = gamma
        policyLogits = policy
    }

    /// A random instance: the `NetworkedMeanFieldModel.random` tables (θ ~ N(0,1), u ~ U[0,1],
    /// v ~ U[−1,1]), κ ~ U[0, 2], policy logits ~ N(0, 1.5²), γ ~ U(gammas).
    static func sample(_ rng: RandomSource, graph kind: NetworkGraphKind, nodes: Int, width: Int = 2, agents: Int,
                       actions: Int = 2, gammas: ClosedRange<Double>) -> ClaimInstance {
        let graph = kind.graph(nodes: nodes, width: width)
        let kappa = rng.uniform(0, 2)
        let model = NetworkedMeanFieldModel.random(graph: graph, agents: agents, actions: actions, crowding: kappa,
                                                   rng: rng.child("model"))
        let policyRng = rng.child("policy")
        let policy = (0..<(nodes * (agents + 1) * actions)).map { _ in policyRng.normal(standardDeviation: 1.5) }
        return ClaimInstance(
            scalars: ["gamma": rng.uniform(gammas.lowerBound, gammas.upperBound), "crowding": kappa],
            integers: ["graph": kind.rawValue, "nodes": nodes, "width": width, "agents": agents, "actions": actions],
            vectors: ["logits": model.logits, "baseReward": model.baseReward, "neighbourWeights": model.neighbourWeights,
                      "policy": policy],
            seed: rng.seed)
    }

    /// The search may move γ, κ, the model's tables and the policy (all free reals).
    static let searchSpace = SearchSpace(
        scalars: ["gamma": .interval(0.01, 0.99), "crowding": .interval(0, 4)],
        vectors: ["logits": false, "baseReward": false, "neighbourWeights": false, "policy": false])

    /// `nil` when `x` decodes to an instance; otherwise why not.
    static func admissible(_ x: ClaimInstance) -> String? {
        do {
            _ = try NetworkedInstance(x)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// A one-line description for notes.
    var description: String {
        "\(graphKind.name) graph, k = \(model.graph.nodeCount), N = \(model.agentCount), m = \(model.actionCount), γ = \(shortNumber(gamma)), κ = \(shortNumber(model.crowding))"
    }
}

/// Everything exact about one `NetworkedInstance` under its individual policy: Ξ, P_N, the induced
/// team policy Π ∈ U (3.2) and the chain on Ξ.
struct TeamProblem: Sendable {
    let instance: NetworkedInstance
    let space: TeamConfigurations
    let kernel: MeanFieldTransition
    /// π(x, n/N)(a) for n = 0…N.
    let individual: [[[Double]]]
    let chain: TeamChain

    init(_ x: ClaimInstance) throws {
        try self.init(NetworkedInstance(x))
    }

    init(_ instance: NetworkedInstance) throws {
        let model = instance.model
        let space = TeamConfigurations(graph: model.graph, agents: model.agentCount, actions: model.actionCount)
        let kernel = MeanFieldTransition(model: model, space: space)
        let individual = TeamPolicy.individualTable(logits: instance.policyLogits, nodes: space.nodeCount,
                                                    agents: space.agentCount, actions: space.actionCount)
        self.instance = instance
        self.space = space
        self.kernel = kernel
        self.individual = individual
        chain = try TeamChain(kernel: kernel, policy: .induced(by: individual, space: space), gamma: instance.gamma)
    }

    var gamma: Double { instance.gamma }
    var graph: StateGraph { space.graph }

    func rewards(_ reading: TeamRewardReading) -> TeamRewards {
        TeamRewards(model: instance.model, space: space, reading: reading)
    }

    /// The agents' expected reward at the empirical measure µ (counts n), regrouped by state (A.3):
    /// Σ_y µ(y) Σ_a r(y, µ(N_y), a) π(y, µ(y))(a).
    func regroupedReward(measure: [Double], counts n: [Int]) -> Double {
        var total = 0.0
        for y in 0..<space.nodeCount where n[y] > 0 {
            for a in 0..<space.actionCount {
                total += measure[y] * instance.model.localReward(at: y, measure: measure, action: a) * individual[y][n[y]][a]
            }
        }
        return total
    }
}
