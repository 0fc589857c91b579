/// The game file format `marlcheck.game/1` (docs/formats.md, schema docs/schemas/game.schema.json).
public enum GameFile {
    public static let format = "marlcheck.game/1"

    private static let allowedKeys: Set<String> = [
        "format", "name", "source", "gamma", "states", "agents", "initial", "transitions",
        "rewards", "rewardsPerAgent", "graph", "population",
    ]

    /// The file's JSON value for `game`.
    public static func encode(_ game: Game) -> JSONValue {
        let nS = game.stateCount, nA = game.jointActionCount
        var o = JSONObject()
        o["format"] = .string(format)
        o["name"] = .string(game.name)
        if let source = game.source { o["source"] = .string(source) }
        o["gamma"] = .number(game.gamma)
        o["states"] = .array(game.stateNames.map(JSONValue.string))
        o["agents"] = .array(game.agents.map(encode(agent:)))
        o["initial"] = .numbers(game.initial)
        o["transitions"] = .array((0..<nS).map { s in
            .array((0..<nA).map { a in .numbers(Array(game.transitionRow(s, a))) })
        })
        func table(_ r: [Double]) -> JSONValue {
            .array((0..<nS).map { s in .numbers(Array(r[(s * nA)..<((s + 1) * nA)])) })
        }
        switch game.rewards {
        case .shared(let r): o["rewards"] = table(r)
        case .perAgent(let rs): o["rewardsPerAgent"] = .array(rs.map(table))
        }
        if let g = game.graph {
            o["graph"] = .object([("nodes", .number(Double(g.nodeCount))),
                                  ("edges", .array(g.edges.map { .numbers($0.map(Double.init)) }))])
        }
        if let p = game.population {
            o["population"] = .object([("localStates", .array(p.localStates.map(JSONValue.string)))])
        }
        return .object(o)
    }

    private static func encode(agent: Agent) -> JSONValue {
        var o = JSONObject()
        o["name"] = .string(agent.name)
        o["actions"] = .array(agent.actions.map(JSONValue.string))
        if let rule = agent.actionRule {
            o["interval"] = .object([("lower", .number(rule.lowerBound)), ("upper", .number(rule.upperBound)),
                                     ("points", .number(Double(rule.pointCount)))])
        }
        return .object(o)
    }

    /// The game in `value`; every broken rule is reported with its JSON path.
    public static func decode(_ value: JSONValue) throws(ModelError) -> Game {
        let root = JSONReader(value)
        try root.requireFormat(format)
        try root.requireOnlyKeys(allowedKeys)
        let name = try root.field("name").string()
        let source = try root.optionalField("source")?.string()
        let gamma = try root.field("gamma").number()
        let states = try root.field("states").strings()
        let agents = try root.field("agents").elements().map { r throws(ModelError) in try decode(agent: r) }
        try Game.validateShape(stateNames: states, agents: agents, gamma: gamma)
        let nS = states.count
        let nA = agents.reduce(1) { $0 * $1.actionCount }
        let initial = try root.field("initial").flatNumbers(shape: [nS], names: ["state"])
        let transitions = try root.field("transitions").flatNumbers(
            shape: [nS, nA, nS], names: ["state s", "joint action a", "next state s'"])
        let shared = try root.optionalField("rewards")
        let perAgent = try root.optionalField("rewardsPerAgent")
        let rewards: Rewards
        switch (shared, perAgent) {
        case (let r?, nil):
            rewards = .shared(try r.flatNumbers(shape: [nS, nA], names: ["state", "joint action"]))
        case (nil, let r?):
            rewards = .perAgent(try r.elements().map { e throws(ModelError) in
                try e.flatNumbers(shape: [nS, nA], names: ["state", "joint action"])
            })
        case (nil, nil):
            throw ModelError(path: "rewards", "is missing (give \"rewards\" r[s][a] or \"rewardsPerAgent\" r[i][s][a])")
        case (_?, _?):
            throw ModelError(path: "rewardsPerAgent", "give either \"rewards\" or \"rewardsPerAgent\", not both")
        }
        var graph: StateGraph?
        if let g = try root.optionalField("graph") {
            try g.requireOnlyKeys(["nodes", "edges"])
            let nodes = try g.field("nodes").integer()
            guard nodes >= 1 else { throw ModelError(path: "graph.nodes", "must be at least 1, found \(nodes)") }
            let edges = try g.field("edges").elements().map { e throws(ModelError) in
                try e.elements().map { v throws(ModelError) in try v.integer() }
            }
            graph = try StateGraph(nodeCount: nodes, edges: edges)
        }
        var population: PopulationStructure?
        if let p = try root.optionalField("population") {
            try p.requireOnlyKeys(["localStates"])
            population = PopulationStructure(localStates: try p.field("localStates").strings())
        }
        return try Game(name: name, stateNames: states, agents: agents, gamma: gamma, initial: initial,
                        transitions: transitions, rewards: rewards, graph: graph, population: population,
                        source: source)
    }

    private static func decode(agent r: JSONReader) throws(ModelError) -> Agent {
        try r.requireOnlyKeys(["name", "actions", "interval"])
        let name = try r.field("name").string()
        let actions = try r.field("actions").strings()
        guard let interval = try r.optionalField("interval") else { return Agent(name: name, actions: actions) }
        try interval.requireOnlyKeys(["lower", "upper", "points"])
        let lower = try interval.field("lower").number()
        let upper = try interval.field("upper").number()
        let points = try interval.field("points").integer()
        guard lower < upper else { throw interval.fail("lower \(lower) must be below upper \(upper)") }
        guard points == actions.count, points >= 1 else {
            throw ModelError(path: "\(interval.path).points", "\(points) points but \(actions.count) actions")
        }
        return Agent(name: name, actions: actions,
                     actionRule: ActionQuadrature(lowerBound: lower, upperBound: upper, points: points))
    }

    /// Reads and validates the game file at `path`; errors name the file and the JSON path.
    public static func load(_ path: String) throws(ModelError) -> Game {
        let value = try FileIO.readJSON(path)
        do { return try decode(value) } catch { throw error.inFile(path) }
    }

    /// Writes `game` to `path` atomically.
    public static func save(_ game: Game, to path: String) throws(ModelError) {
        try FileIO.writeJSON(encode(game), to: path)
    }
}

/// The policy file format `marlcheck.policy/1` (docs/formats.md, schema docs/schemas/policy.schema.json).
public enum PolicyFile {
    public static let format = "marlcheck.policy/1"

    /// The file's JSON value for `policy` on `game`.
    public static func encode(_ policy: Policy, game: Game) -> JSONValue {
        let nS = game.stateCount
        func rows(_ t: [Double], _ width: Int) -> JSONValue {
            .array((0..<(t.count / width)).map { r in .numbers(Array(t[(r * width)..<((r + 1) * width)])) })
        }
        var o = JSONObject()
        o["format"] = .string(format)
        o["kind"] = .string(policy.kind)
        switch policy {
        case .product(let p):
            o["tables"] = .array(p.tables.enumerated().map { rows($0.element, game.agents[$0.offset].actionCount) })
        case .conditional(let p):
            o["order"] = .numbers(p.order.map(Double.init))
            var prefix = 1
            var tables: [JSONValue] = []
            for (m, agent) in p.order.enumerated() {
                let k = game.agents[agent].actionCount
                let t = p.tables[m]
                let pre = prefix
                tables.append(.array((0..<nS).map { s in
                    .array((0..<pre).map { b in .numbers(Array(t[((s * pre + b) * k)..<((s * pre + b + 1) * k)])) })
                }))
                prefix *= k
            }
            o["tables"] = .array(tables)
        case .joint(let p):
            o["table"] = rows(p.table, game.jointActionCount)
        }
        return .object(o)
    }

    /// The policy in `value`, validated against `game`.
    public static func decode(_ value: JSONValue, game: Game) throws(ModelError) -> Policy {
        let root = JSONReader(value)
        try root.requireFormat(format)
        let kind = try root.field("kind").string()
        let nS = game.stateCount
        let policy: Policy
        switch kind {
        case "product":
            try root.requireOnlyKeys(["format", "kind", "tables"])
            let tables = try root.field("tables").elements()
            guard tables.count == game.agentCount else {
                throw ModelError(path: "tables", "has \(tables.count) tables for \(game.agentCount) agents")
            }
            policy = .product(ProductPolicy(tables: try tables.enumerated().map { i, t throws(ModelError) in
                try t.flatNumbers(shape: [nS, game.agents[i].actionCount], names: ["state", "action of agent \(i + 1)"])
            }))
        case "conditional":
            try root.requireOnlyKeys(["format", "kind", "order", "tables"])
            let order = try root.field("order").elements().map { r throws(ModelError) in try r.integer() }
            guard order.sorted() == Array(0..<game.agentCount) else {
                throw ModelError(path: "order", "\(order) is not a permutation of the \(game.agentCount) agents (0-based)")
            }
            let tables = try root.field("tables").elements()
            guard tables.count == game.agentCount else {
                throw ModelError(path: "tables", "has \(tables.count) tables for \(game.agentCount) agents")
            }
            var prefix = 1
            var flat: [[Double]] = []
            for (m, agent) in order.enumerated() {
                let k = game.agents[agent].actionCount
                flat.append(try tables[m].flatNumbers(shape: [nS, prefix, k],
                                                      names: ["state", "predecessors' joint action", "action"]))
                prefix *= k
            }
            policy = .conditional(ConditionalPolicy(order: order, tables: flat))
        case "joint":
            try root.requireOnlyKeys(["format", "kind", "table"])
            policy = .joint(JointPolicy(table: try root.field("table").flatNumbers(
                shape: [nS, game.jointActionCount], names: ["state", "joint action"])))
        default:
            throw ModelError(path: "kind", "is '\(kind)', expected 'product', 'conditional' or 'joint'")
        }
        try policy.validate(for: game)
        return policy
    }

    /// Reads and validates the policy file at `path` against `game`.
    public static func load(_ path: String, game: Game) throws(ModelError) -> Policy {
        let value = try FileIO.readJSON(path)
        do { return try decode(value, game: game) } catch { throw error.inFile(path) }
    }

    /// Writes `policy` to `path` atomically.
    public static func save(_ policy: Policy, game: Game, to path: String) throws(ModelError) {
        try FileIO.writeJSON(encode(policy, game: game), to: path)
    }
}
