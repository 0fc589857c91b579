import MarkovGames

/// The header line of a trace (`marlcheck.trace/1`, docs/trace-format.md).
public struct TraceHeader: Sendable, Equatable {
    public static let format = "marlcheck.trace/1"

    /// The learner's name (a `marlcheck run` learner or any name an external tool chooses).
    public var learner: String
    public var gameName: String
    /// `GameHash.of(game)`.
    public var gameHash: String
    /// Every parameter of the run as text, in order.
    public var parameters: [(String, String)]
    public var seed: UInt64?
    /// The number of iterations the run was asked for (a trace may hold fewer lines when interrupted).
    public var iterations: Int?
    /// The exact update the iterates approximate, when declared.
    public var target: TargetRule?

    public init(learner: String, gameName: String, gameHash: String, parameters: [(String, String)], seed: UInt64?,
                iterations: Int?, target: TargetRule?) {
        self.learner = learner
        self.gameName = gameName
        self.gameHash = gameHash
        self.parameters = parameters
        self.seed = seed
        self.iterations = iterations
        self.target = target
    }

    public static func == (a: TraceHeader, b: TraceHeader) -> Bool {
        a.learner == b.learner && a.gameName == b.gameName && a.gameHash == b.gameHash
            && a.parameters.map { [$0.0, $0.1] } == b.parameters.map { [$0.0, $0.1] }
            && a.seed == b.seed && a.iterations == b.iterations && a.target == b.target
    }

    public var json: JSONValue {
        var o = JSONObject()
        o["format"] = .string(Self.format)
        o["learner"] = .string(learner)
        o["game"] = .object([("name", .string(gameName)), ("hash", .string(gameHash))])
        o["seed"] = seed.map { .string(String($0)) } ?? .null
        o["iterations"] = iterations.map { .number(Double($0)) } ?? .null
        o["parameters"] = .object(parameters.map { ($0.0, JSONValue.string($0.1)) })
        if let target {
            switch target {
            case .decentralizedSoftmax(let eta): o["target"] = .object([("rule", .string(target.name)), ("eta", .number(eta))])
            case .mirrorDescent(let beta): o["target"] = .object([("rule", .string(target.name)), ("beta", .number(beta))])
            }
        }
        return .object(o)
    }

    public static func decode(_ r: JSONReader) throws(ModelError) -> TraceHeader {
        try r.requireFormat(format)
        try r.requireOnlyKeys(["format", "learner", "game", "seed", "iterations", "parameters", "target"])
        let game = try r.field("game")
        try game.requireOnlyKeys(["name", "hash"])
        var seed: UInt64?
        if let s = try r.optionalField("seed") {
            switch s.value {
            case .string(let text):
                guard let v = UInt64(text) else { throw s.fail("'\(text)' is not a whole number in 0…2⁶⁴−1") }
                seed = v
            default:
                let x = try s.integer()
                guard x >= 0 else { throw s.fail("a seed is non-negative, found \(x)") }
                seed = UInt64(x)
            }
        }
        var parameters: [(String, String)] = []
        if let p = try r.optionalField("parameters") {
            for k in try p.keys() {
                let v = try p.field(k)
                switch v.value {
                case .string(let s): parameters.append((k, s))
                case .number: parameters.append((k, JSONWriter.format(try v.number())))
                case .bool(let b): parameters.append((k, b ? "true" : "false"))
                default: throw v.fail("a parameter value is a string, a number or a boolean")
                }
            }
        }
        var target: TargetRule?
        if let t = try r.optionalField("target") {
            let rule = try t.field("rule").string()
            switch rule {
            case "decspg":
                try t.requireOnlyKeys(["rule", "eta"])
                let eta = try t.field("eta").number()
                guard eta > 0 else { throw ModelError(path: "target.eta", "η = \(eta) must be positive") }
                target = .decentralizedSoftmax(eta: eta)
            case "mappo-mirror-descent":
                try t.requireOnlyKeys(["rule", "beta"])
                let beta = try t.field("beta").number()
                guard beta > 0 else { throw ModelError(path: "target.beta", "β = \(beta) must be positive") }
                target = .mirrorDescent(beta: beta)
            default:
                throw ModelError(path: "target.rule", "is '\(rule)', expected 'decspg' or 'mappo-mirror-descent'")
            }
        }
        let iterations = try r.optionalField("iterations").map { v throws(ModelError) in try v.integer() }
        return TraceHeader(learner: try r.field("learner").string(), gameName: try game.field("name").string(),
                           gameHash: try game.field("hash").string(), parameters: parameters, seed: seed,
                           iterations: iterations, target: target)
    }
}

/// One iterate line of a trace.
public struct TraceIterate: Sendable {
    public var iteration: Int
    public var iterate: LearnerIterate
    /// Wall-clock seconds of the step, when the run recorded timing.
    public var seconds: Double?

    public init(iteration: Int, iterate: LearnerIterate, seconds: Double? = nil) {
        self.iteration = iteration
        self.iterate = iterate
        self.seconds = seconds
    }

    /// The line's JSON value (tables nested as in `marlcheck.policy/1`).
    public func json(game: Game) -> JSONValue {
        var o = JSONObject()
        o["iteration"] = .number(Double(iteration))
        o["policy"] = PolicyFile.encode(iterate.policy, game: game)
        if let q = iterate.qEstimates { o["qEstimates"] = QEstimatesCoding.encode(q, policy: iterate.policy, game: game) }
        if let d = iterate.targetDistance {
            o["target"] = .object([("tv", .real(d.totalVariation)), ("kl", .real(d.kullbackLeibler))])
        }
        if let seconds { o["seconds"] = .number(seconds) }
        if !iterate.diagnostics.isEmpty { o["diagnostics"] = .object(iterate.diagnostics.map { ($0.name, JSONValue.real($0.value)) }) }
        return .object(o)
    }

    /// Decodes one iterate line against `game`: shapes are checked and every policy row must sum to 1.
    public static func decode(_ r: JSONReader, game: Game) throws(ModelError) -> TraceIterate {
        try r.requireOnlyKeys(["iteration", "policy", "qEstimates", "target", "seconds", "diagnostics"])
        let k = try r.field("iteration").integer()
        guard k >= 0 else { throw ModelError(path: "iteration", "must be ≥ 0, found \(k)") }
        let policyReader = try r.field("policy")
        let policy: Policy
        do { policy = try PolicyFile.decode(policyReader.value, game: game) } catch { throw error.under("policy") }
        var q: QEstimates?
        if let qr = try r.optionalField("qEstimates") { q = try QEstimatesCoding.decode(qr, policy: policy, game: game) }
        var distance: TargetDistance?
        if let t = try r.optionalField("target") {
            try t.requireOnlyKeys(["tv", "kl"])
            let tv = try t.optionalField("tv").map { v throws(ModelError) in try v.real() } ?? .nan
            let kl = try t.optionalField("kl").map { v throws(ModelError) in try v.real() } ?? .nan
            distance = TargetDistance(totalVariation: tv, kullbackLeibler: kl)
        }
        var diagnostics: [(name: String, value: Double)] = []
        if let d = try r.optionalField("diagnostics") {
            for key in try d.keys() { diagnostics.append((key, try d.field(key).real())) }
        }
        let seconds = try r.optionalField("seconds").map { v throws(ModelError) in try v.number() }
        return TraceIterate(iteration: k, iterate: LearnerIterate(policy: policy, qEstimates: q, targetDistance: distance,
                                                                  diagnostics: diagnostics), seconds: seconds)
    }
}

/// The `qEstimates` object of an iterate line: {kind, scale, order (localized only), tables}.
enum QEstimatesCoding {
    static func encode(_ q: QEstimates, policy: Policy, game: Game) -> JSONValue {
        var o = JSONObject()
        o["kind"] = .string(q.kind.rawValue)
        o["scale"] = .string(q.scale.rawValue)
        o["of"] = .string(q.subject.rawValue)
        let shapes = layout(kind: q.kind, order: order(of: policy, game: game), game: game)
        if q.kind == .localized { o["order"] = .numbers(order(of: policy, game: game).map(Double.init)) }
        o["tables"] = .array(zip(q.tables, shapes).map { nest($0.0, shape: $0.1) })
        return .object(o)
    }

    static func decode(_ r: JSONReader, policy: Policy, game: Game) throws(ModelError) -> QEstimates {
        try r.requireOnlyKeys(["kind", "scale", "of", "order", "tables"])
        let kindText = try r.field("kind").string()
        guard let kind = QEstimates.Kind(rawValue: kindText) else {
            throw ModelError(path: r.path + ".kind", "is '\(kindText)', expected one of \(QEstimates.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let scaleText = try r.optionalField("scale")?.string() ?? "unnormalized"
        guard let scale = QEstimates.Scale(rawValue: scaleText) else {
            throw ModelError(path: r.path + ".scale", "is '\(scaleText)', expected 'unnormalized' or 'normalized'")
        }
        let subjectText = try r.field("of").string()
        guard let subject = QEstimates.Subject(rawValue: subjectText) else {
            throw ModelError(path: r.path + ".of", "is '\(subjectText)', expected 'previous' (Q of the previous iterate, used for this update) or 'current' (Q of this line's policy)")
        }
        var sigma = order(of: policy, game: game)
        if kind == .localized, let o = try r.optionalField("order") {
            sigma = try o.elements().map { v throws(ModelError) in try v.integer() }
            guard sigma.sorted() == Array(0..<game.agentCount) else {
                throw ModelError(path: o.path, "\(sigma) is not a permutation of the \(game.agentCount) agents (0-based)")
            }
            if case .conditional(let c) = policy, c.order != sigma {
                throw ModelError(path: o.path, "\(sigma) differs from the policy's order \(c.order)")
            }
        }
        let shapes = layout(kind: kind, order: sigma, game: game)
        let tables = try r.field("tables").elements()
        guard tables.count == shapes.count else {
            throw ModelError(path: r.path + ".tables", "has \(tables.count) tables, a '\(kind.rawValue)' estimate on this game has \(shapes.count)")
        }
        var flat: [[Double]] = []
        for (t, shape) in zip(tables, shapes) {
            let values = try t.flatNumbers(shape: shape, names: shape.count == 2 ? ["state", "action"] : ["state", "predecessors' joint action", "action"])
            for (k, v) in values.enumerated() where !v.isFinite {
                throw ModelError(path: t.path, "entry \(k) is \(v); estimates must be finite")
            }
            flat.append(values)
        }
        return QEstimates(kind: kind, scale: scale, of: subject, tables: flat)
    }

    /// The agent order a localized estimate follows: the policy's order, else 0..<n.
    static func order(of policy: Policy, game: Game) -> [Int] {
        if case .conditional(let c) = policy { return c.order }
        return Array(0..<game.agentCount)
    }

    /// The nested shape of every table.
    static func layout(kind: QEstimates.Kind, order: [Int], game: Game) -> [[Int]] {
        let nS = game.stateCount
        switch kind {
        case .joint: return [[nS, game.jointActionCount]]
        case .agentAveraged: return game.agents.map { [nS, $0.actionCount] }
        case .localized:
            var prefix = 1
            return order.map { agent in
                let k = game.agents[agent].actionCount
                defer { prefix *= k }
                return [nS, prefix, k]
            }
        }
    }

    static func nest(_ flat: [Double], shape: [Int]) -> JSONValue {
        guard shape.count > 1 else { return .numbers(flat) }
        let inner = shape.dropFirst().reduce(1, *)
        return .array((0..<shape[0]).map { r in nest(Array(flat[(r * inner)..<((r + 1) * inner)]), shape: Array(shape.dropFirst())) })
    }
}

extension ModelError {
    /// The same error with its JSON path placed under `prefix`.
    func under(_ prefix: String) -> ModelError {
        ModelError(file: file, path: path.isEmpty ? prefix : (path.hasPrefix("[") ? prefix + path : "\(prefix).\(path)"), rule)
    }
}
