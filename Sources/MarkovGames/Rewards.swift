/// The reward structure of a game: one shared reward r(s, a) (cooperative, identical interest)
/// or one reward r_i(s, a) per agent (potential and general-sum games). Tables are row-major
/// `[s][a]` over the joint index a.
public enum Rewards: Equatable, Sendable {
    case shared([Double])
    case perAgent([[Double]])

    /// r_i(s, a) at flat index `s·|A| + a`; the shared reward for every agent when shared.
    @inline(__always)
    public func value(agent i: Int, at flatIndex: Int) -> Double {
        switch self {
        case .shared(let r): r[flatIndex]
        case .perAgent(let rs): rs[i][flatIndex]
        }
    }

    /// The table of agent i (the shared table for every agent when shared).
    public func table(agent i: Int) -> [Double] {
        switch self {
        case .shared(let r): r
        case .perAgent(let rs): rs[i]
        }
    }

    /// True for a shared reward.
    public var isShared: Bool { if case .shared = self { true } else { false } }

    /// max |r| over every table.
    public var maxAbsolute: Double {
        switch self {
        case .shared(let r): r.reduce(0) { max($0, abs($1)) }
        case .perAgent(let rs): rs.reduce(0) { m, r in r.reduce(m) { max($0, abs($1)) } }
        }
    }

    /// (min, max) over every table.
    public var range: (min: Double, max: Double) {
        let all: [[Double]] = switch self {
        case .shared(let r): [r]
        case .perAgent(let rs): rs
        }
        var lo = Double.infinity, hi = -Double.infinity
        for r in all { for v in r { lo = min(lo, v); hi = max(hi, v) } }
        return (lo, hi)
    }
}

/// An undirected graph on nodes 0..<nodeCount: the locality structure of a networked game
/// (ltde's graph on local states). Hop distances are shortest-path counts.
public struct StateGraph: Equatable, Sendable {
    public let nodeCount: Int
    /// Undirected edges {u, v}, u ≠ v, each listed once.
    public let edges: [[Int]]
    /// neighbours[u]: the nodes adjacent to u, increasing.
    public let neighbours: [[Int]]

    public init(nodeCount: Int, edges: [[Int]]) throws(ModelError) {
        var adjacency = [Set<Int>](repeating: [], count: nodeCount)
        for (k, e) in edges.enumerated() {
            guard e.count == 2 else { throw ModelError(path: "graph.edges[\(k)]", "an edge lists 2 nodes, found \(e.count)") }
            for v in e where !(0..<nodeCount).contains(v) {
                throw ModelError(path: "graph.edges[\(k)]", "node \(v) is outside 0..<\(nodeCount)")
            }
            guard e[0] != e[1] else { throw ModelError(path: "graph.edges[\(k)]", "self-loop at node \(e[0])") }
            adjacency[e[0]].insert(e[1])
            adjacency[e[1]].insert(e[0])
        }
        self.nodeCount = nodeCount
        self.edges = edges
        self.neighbours = adjacency.map { $0.sorted() }
    }

    /// Hop distances from `source` (breadth-first); `Int.max` for unreachable nodes.
    public func distances(from source: Int) -> [Int] {
        var d = [Int](repeating: .max, count: nodeCount)
        d[source] = 0
        var queue = [source], head = 0
        while head < queue.count {
            let u = queue[head]; head += 1
            for v in neighbours[u] where d[v] == .max {
                d[v] = d[u] + 1
                queue.append(v)
            }
        }
        return d
    }

    /// N_s^k = {y : dist(s, y) ≤ k}, increasing (includes s).
    public func neighbourhood(of s: Int, hops k: Int) -> [Int] {
        let d = distances(from: s)
        return (0..<nodeCount).filter { d[$0] <= k }
    }
}

/// A population game: every global state is a profile (s^1, …, s^N) of the agents' local states,
/// in lexicographic order (agent 1 slowest), so that agent symmetry and empirical measures
/// (mfppo's histogram lift, ltde's µ) can be read off the state index.
public struct PopulationStructure: Equatable, Sendable {
    public let localStates: [String]
    public init(localStates: [String]) { self.localStates = localStates }
}
