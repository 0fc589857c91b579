/// A product (decentralised) policy π(a|s) = ∏_i π_i(a_i|s).
///
/// `tables[i]` is row-major `[s][a_i]` (|S|·|A_i| entries).
public struct ProductPolicy: Equatable, Sendable {
    public var tables: [[Double]]

    public init(tables: [[Double]]) { self.tables = tables }

    /// The uniform product policy of `game`.
    public static func uniform(_ game: Game) -> ProductPolicy {
        ProductPolicy(tables: game.agents.map { agent in
            [Double](repeating: 1 / Double(agent.actionCount), count: game.stateCount * agent.actionCount)
        })
    }

    /// π_i(a_i | s).
    @inline(__always)
    public func probability(agent i: Int, state s: Int, action a: Int, actionCount: Int) -> Double {
        tables[i][s * actionCount + a]
    }

    /// The joint table π(a|s) = ∏_i π_i(a_i|s) over the lexicographic joint index.
    public func joint(in game: Game) -> JointPolicy {
        let space = game.jointActions, nA = space.count
        var table = [Double](repeating: 0, count: game.stateCount * nA)
        for s in 0..<game.stateCount {
            for a in 0..<nA {
                var p = 1.0
                for i in 0..<space.agentCount {
                    p *= tables[i][s * space.sizes[i] + space.action(ofAgent: i, in: a)]
                }
                table[s * nA + a] = p
            }
        }
        return JointPolicy(table: table)
    }

    /// π_{−i}(a_{−i}|s) evaluated at the joint index `a` (agent i's component ignored).
    public func othersProbability(excluding i: Int, state s: Int, joint a: Int, space: JointActionSpace) -> Double {
        var p = 1.0
        for j in 0..<space.agentCount where j != i {
            p *= tables[j][s * space.sizes[j] + space.action(ofAgent: j, in: a)]
        }
        return p
    }

    /// Checks shapes and that every row is a distribution.
    public func validate(for game: Game) throws(ModelError) {
        guard tables.count == game.agentCount else {
            throw ModelError(path: "tables", "has \(tables.count) tables for \(game.agentCount) agents")
        }
        for (i, t) in tables.enumerated() {
            let k = game.agents[i].actionCount
            guard t.count == game.stateCount * k else {
                throw ModelError(path: "tables[\(i)]", "has \(t.count) entries, expected |S|·|A_\(i + 1)| = \(game.stateCount * k)")
            }
            for s in 0..<game.stateCount {
                try validateDistribution(t[(s * k)..<((s + 1) * k)], path: "tables[\(i)][\(s)]")
            }
        }
    }
}

/// A sequential-conditional policy π(a|s) = ∏_m π^m(a^{σ(m)} | s, a^{σ(1)}, …, a^{σ(m−1)}) for an
/// agent order σ (mappo's and haqo's heterogeneous/sequential policies).
///
/// `tables[m]` belongs to the m-th agent in `order` and is row-major `[s][b][a]`, where b is the
/// lexicographic joint index of the predecessors' actions (in the order given) and a is the
/// m-th agent's action: |S|·∏_{l<m}|A_σ(l)|·|A_σ(m)| entries.
public struct ConditionalPolicy: Equatable, Sendable {
    /// The agent order σ (a permutation of 0..<n).
    public var order: [Int]
    public var tables: [[Double]]

    public init(order: [Int], tables: [[Double]]) {
        self.order = order
        self.tables = tables
    }

    /// The uniform conditional policy of `game` for `order` (identity by default).
    public static func uniform(_ game: Game, order: [Int]? = nil) -> ConditionalPolicy {
        let sigma = order ?? Array(0..<game.agentCount)
        var prefix = 1
        var tables: [[Double]] = []
        for m in sigma {
            let k = game.agents[m].actionCount
            tables.append([Double](repeating: 1 / Double(k), count: game.stateCount * prefix * k))
            prefix *= k
        }
        return ConditionalPolicy(order: sigma, tables: tables)
    }

    /// The product policy as a conditional one (each factor ignores the predecessors).
    public init(_ product: ProductPolicy, game: Game, order: [Int]? = nil) {
        let sigma = order ?? Array(0..<game.agentCount)
        var prefix = 1
        var tables: [[Double]] = []
        for m in sigma {
            let k = game.agents[m].actionCount
            var t = [Double](repeating: 0, count: game.stateCount * prefix * k)
            for s in 0..<game.stateCount {
                for b in 0..<prefix {
                    for a in 0..<k { t[(s * prefix + b) * k + a] = product.tables[m][s * k + a] }
                }
            }
            tables.append(t)
            prefix *= k
        }
        self.init(order: sigma, tables: tables)
    }

    /// The joint table π(a|s) over the lexicographic joint index of the game.
    public func joint(in game: Game) -> JointPolicy {
        let space = game.jointActions, nA = space.count
        var table = [Double](repeating: 0, count: game.stateCount * nA)
        for s in 0..<game.stateCount {
            for a in 0..<nA {
                var p = 1.0
                var prefixIndex = 0, prefixSize = 1
                for (m, agent) in order.enumerated() {
                    let k = space.sizes[agent]
                    let am = space.action(ofAgent: agent, in: a)
                    p *= tables[m][(s * prefixSize + prefixIndex) * k + am]
                    prefixIndex = prefixIndex * k + am
                    prefixSize *= k
                }
                table[s * nA + a] = p
            }
        }
        return JointPolicy(table: table)
    }

    /// Checks the order, the shapes and that every row is a distribution.
    public func validate(for game: Game) throws(ModelError) {
        guard order.sorted() == Array(0..<game.agentCount) else {
            throw ModelError(path: "order", "\(order) is not a permutation of the \(game.agentCount) agents (0-based)")
        }
        guard tables.count == game.agentCount else {
            throw ModelError(path: "tables", "has \(tables.count) tables for \(game.agentCount) agents")
        }
        var prefix = 1
        for (m, agent) in order.enumerated() {
            let k = game.agents[agent].actionCount
            let rows = game.stateCount * prefix
            guard tables[m].count == rows * k else {
                throw ModelError(path: "tables[\(m)]", "has \(tables[m].count) entries, expected |S|·∏(predecessors)·|A| = \(rows * k)")
            }
            for row in 0..<rows {
                try validateDistribution(tables[m][(row * k)..<((row + 1) * k)], path: "tables[\(m)][\(row / prefix)][\(row % prefix)]")
            }
            prefix *= k
        }
    }
}

/// A joint (centralised) policy π(a|s), row-major `[s][a]` over the lexicographic joint index.
public struct JointPolicy: Equatable, Sendable {
    public var table: [Double]

    public init(table: [Double]) { self.table = table }

    /// The uniform joint policy.
    public static func uniform(_ game: Game) -> JointPolicy {
        JointPolicy(table: [Double](repeating: 1 / Double(game.jointActionCount), count: game.stateCount * game.jointActionCount))
    }

    /// The deterministic policy choosing `actions[s]` in state s.
    public static func deterministic(_ actions: [Int], game: Game) -> JointPolicy {
        let nA = game.jointActionCount
        var t = [Double](repeating: 0, count: game.stateCount * nA)
        for (s, a) in actions.enumerated() { t[s * nA + a] = 1 }
        return JointPolicy(table: t)
    }

    /// π(a|s).
    @inline(__always)
    public func probability(state s: Int, action a: Int, actionCount nA: Int) -> Double { table[s * nA + a] }

    /// Checks the shape and that every row is a distribution.
    public func validate(for game: Game) throws(ModelError) {
        let nA = game.jointActionCount
        guard table.count == game.stateCount * nA else {
            throw ModelError(path: "table", "has \(table.count) entries, expected |S|·|A| = \(game.stateCount * nA)")
        }
        for s in 0..<game.stateCount {
            try validateDistribution(table[(s * nA)..<((s + 1) * nA)], path: "table[\(s)]")
        }
    }
}

/// Any of the three policy kinds.
public enum Policy: Equatable, Sendable {
    case product(ProductPolicy)
    case conditional(ConditionalPolicy)
    case joint(JointPolicy)

    /// The joint table this policy induces on `game`.
    public func joint(in game: Game) -> JointPolicy {
        switch self {
        case .product(let p): p.joint(in: game)
        case .conditional(let p): p.joint(in: game)
        case .joint(let p): p
        }
    }

    /// Checks the policy against `game`.
    public func validate(for game: Game) throws(ModelError) {
        switch self {
        case .product(let p): try p.validate(for: game)
        case .conditional(let p): try p.validate(for: game)
        case .joint(let p): try p.validate(for: game)
        }
    }

    /// "product", "conditional" or "joint".
    public var kind: String {
        switch self {
        case .product: "product"
        case .conditional: "conditional"
        case .joint: "joint"
        }
    }
}
