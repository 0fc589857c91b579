import MarkovGames

/// ltde's finite set Ξ of state–action distribution pairs ζ = (µ, h) (Sec. 3.1, eq. (3.4)) for
/// N agents on the k nodes of a graph (S, E) with m actions, stored as counts:
///
///   µ ∈ P^N(S)      ↔  n = N·µ            (n_x agents in local state x),
///   h ∈ H^N(µ)      ↔  c_{x,a} = n_x·h(x)(a)  (agents in x that take a), Σ_a c_{x,a} = n_x.
///
/// |P^N(S)| = C(N+k−1, k−1) and |Ξ| = C(N+km−1, km−1) (N agents placed in km (state, action)
/// cells). When n_x = 0 the team x is empty and h(x) is undefined in the paper; Ξ then holds the
/// single empty count vector c_x = 0, and wherever a value of h(x) is needed (the network inputs ζ)
/// the uniform distribution 1/m stands for it, so that no input ζ_s^k is the zero vector (a
/// bias-free ReLU network is 0 there whatever its weights).
///
/// Order: measures in `Compositions.all(total: N, parts: k)` order; within a measure, the
/// configurations in mixed radix over x (x = 0 slowest), each c_x ranging over
/// `Compositions.all(total: n_x, parts: m)`.
struct TeamConfigurations: Sendable {
    let graph: StateGraph
    /// N.
    let agentCount: Int
    /// m = |A|.
    let actionCount: Int
    /// Every n = Nµ ∈ P^N(S) as counts over the k nodes.
    let measures: [[Int]]
    /// teamActions[n]: every c_x with Σ_a c_{x,a} = n (the set N·P_n(A) scaled to counts).
    let teamActions: [[[Int]]]
    /// The index of the first configuration of each measure.
    let firstConfiguration: [Int]
    /// The measure of each configuration.
    let measureOfConfiguration: [Int]
    /// The counts c (flat [x·m + a]) of each configuration.
    let teamCounts: [[Int]]
    /// teamActionIndices[ξ][x]: the index of c_x in `teamActions[n_x]`.
    let teamActionIndices: [[Int]]
    private let measureLookup: [Int: Int]

    init(graph: StateGraph, agents n: Int, actions m: Int) {
        precondition(n >= 1 && m >= 1, "TeamConfigurations: N = \(n), m = \(m)")
        let k = graph.nodeCount
        self.graph = graph
        agentCount = n
        actionCount = m
        measures = Compositions.all(total: n, parts: k)
        teamActions = (0...n).map { Compositions.all(total: $0, parts: m) }
        var first: [Int] = [], owner: [Int] = [], counts: [[Int]] = [], indices: [[Int]] = [], lookup: [Int: Int] = [:]
        for (mu, nVec) in measures.enumerated() {
            lookup[Self.code(nVec, base: n + 1)] = mu
            first.append(counts.count)
            var partial: [(c: [Int], j: [Int])] = [([], [])]
            for x in 0..<k {
                let choices = teamActions[nVec[x]]
                partial = partial.flatMap { prefix in choices.indices.map { (prefix.c + choices[$0], prefix.j + [$0]) } }
            }
            for (c, j) in partial {
                counts.append(c)
                indices.append(j)
                owner.append(mu)
            }
        }
        firstConfiguration = first
        measureOfConfiguration = owner
        teamCounts = counts
        teamActionIndices = indices
        measureLookup = lookup
    }

    /// k.
    var nodeCount: Int { graph.nodeCount }
    /// |Ξ|.
    var count: Int { teamCounts.count }
    /// |P^N(S)|.
    var measureCount: Int { measures.count }

    /// The configurations of measure µ (a contiguous range of Ξ).
    func configurations(ofMeasure mu: Int) -> Range<Int> {
        let end = mu + 1 < measures.count ? firstConfiguration[mu + 1] : teamCounts.count
        return firstConfiguration[mu]..<end
    }

    /// n of configuration ξ.
    func counts(_ xi: Int) -> [Int] { measures[measureOfConfiguration[xi]] }

    /// µ = n/N of measure index `mu`.
    func empiricalMeasure(_ mu: Int) -> [Double] { measures[mu].map { Double($0) / Double(agentCount) } }

    /// The index of the measure with counts n.
    func measureIndex(ofCounts n: [Int]) -> Int { measureLookup[Self.code(n, base: agentCount + 1)]! }

    /// The measure index of a count vector coded as Σ_x n_x (N+1)^x (see `code`).
    func measureIndex(ofCode c: Int) -> Int { measureLookup[c]! }

    /// Σ_x n_x·base^x: a count vector as one integer.
    static func code(_ n: [Int], base: Int) -> Int {
        var c = 0
        for v in n.reversed() { c = c * base + v }
        return c
    }

    /// base^x, the weight of node x in `code`.
    func codeWeight(ofNode x: Int) -> Int {
        var w = 1
        for _ in 0..<x { w *= agentCount + 1 }
        return w
    }

    /// The configuration with counts n and team-action counts c (flat [x·m + a]).
    func index(counts n: [Int], teamCounts c: [Int]) -> Int {
        let mu = measureIndex(ofCounts: n), m = actionCount
        var offset = 0
        for x in 0..<nodeCount {
            let choices = teamActions[n[x]]
            offset = offset * choices.count + choices.firstIndex(of: Array(c[(x * m)..<((x + 1) * m)]))!
        }
        return firstConfiguration[mu] + offset
    }

    /// The index of c_x among `teamActions[n_x]`.
    func teamActionIndex(_ xi: Int, node x: Int) -> Int { teamActionIndices[xi][x] }

    /// ζ_x = (µ(x), h(x)) ∈ ℝ^{1+m} (Sec. 4.2), with h(x) := 1/m for an empty team.
    func localFeature(_ xi: Int, node x: Int) -> [Double] {
        let n = counts(xi)[x], m = actionCount
        var out = [Double(n) / Double(agentCount)]
        for a in 0..<m { out.append(n == 0 ? 1 / Double(m) : Double(teamCounts[xi][x * m + a]) / Double(n)) }
        return out
    }

    /// ζ_s^k = (µ(N_s^k), h(N_s^k)): the local features of the nodes of `ball`, concatenated
    /// (Sec. 4.2), unscaled.
    func localizedFeature(_ xi: Int, ball: [Int]) -> [Double] {
        ball.flatMap { localFeature(xi, node: $0) }
    }

    /// The counts (n_y, c_{y,·}) for y in `nodes`, concatenated: equal keys ⇔ equal (µ, h) on
    /// `nodes` (h(y) = c_y/n_y). Used to group Ξ by ζ_s^k (Def. 3.4) or by (µ(N_s), h(s)).
    func key(_ xi: Int, nodes: [Int]) -> [Int] {
        let n = counts(xi), m = actionCount
        var out: [Int] = []
        out.reserveCapacity(nodes.count * (1 + m))
        for y in nodes {
            out.append(n[y])
            out += teamCounts[xi][(y * m)..<((y + 1) * m)]
        }
        return out
    }

    /// The counts n_y for y in `measureNodes` followed by (n_y, c_y) for y in `teamNodes`.
    func key(_ xi: Int, measureNodes: [Int], teamNodes: [Int]) -> [Int] {
        let n = counts(xi)
        return measureNodes.map { n[$0] } + key(xi, nodes: teamNodes)
    }

    /// The configurations of Ξ grouped by `key`, in order of first appearance.
    func classes(by keyOf: (Int) -> [Int]) -> [[Int]] {
        var index: [[Int]: Int] = [:], out: [[Int]] = []
        for xi in 0..<count {
            let key = keyOf(xi)
            if let j = index[key] {
                out[j].append(xi)
            } else {
                index[key] = out.count
                out.append([xi])
            }
        }
        return out
    }
}
