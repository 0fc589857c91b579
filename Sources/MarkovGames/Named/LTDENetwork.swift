extension NamedGames {
    /// A networked-state population game for ltde (Gu, Guo, Wei & Xu, arXiv:2108.02731, Sec. 2,
    /// eqs. (2.6)–(2.8)): N homogeneous agents on a path, ring or grid of k local states, team
    /// reward and local, neighbourhood-supported moves, from a random `NetworkedMeanFieldModel`.
    ///
    /// The `Game` is the N-agent model: a global state is the profile (s^1, …, s^N) of local states
    /// (lexicographic, agent 1 slowest; `PopulationStructure` lists the local states), the
    /// `StateGraph` is the graph on the LOCAL states (node x = local state x), the shared reward is
    /// (1/N) Σ_i r(s^i, µ(N_{s^i}), a^i) and P(s'|s,a) = ∏_i P(s'^i | s^i, µ(N_{s^i}), a^i) with
    /// each factor supported on N_{s^i}. For `grid`, the k nodes form a (k / width) × width grid.
    /// ρ₀ is uniform over profiles.
    static let ltdeNetwork = GameBuilder(
        name: "ltde-network",
        summary: "networked population game on a path/ring/grid of local states (team reward, local moves)",
        citation: "ltde Sec. 2, eqs. (2.6)–(2.8) (Gu, Guo, Wei & Xu, arXiv:2108.02731)",
        parameters: [
            .init("graph", default: "path", "graph on the local states", choices: ["path", "ring", "grid"]),
            .init("nodes", default: "4", "number of local states k (graph nodes)"),
            .init("width", default: "2", "columns of the grid (graph=grid only; nodes must be a multiple)"),
            .init("agents", default: "3", "number of agents N"),
            .init("actions", default: "2", "actions per agent |A|"),
            .init("crowding", default: "1", "crowd aversion κ ≥ 0 of the moves"),
            .init("gamma", default: "0.9", "discount γ in [0, 1)"),
        ],
        isRandom: true
    ) { p, rng throws(ModelError) in
        let k = try p.integer("nodes", in: 2...64)
        let n = try p.integer("agents", in: 1...16)
        let m = try p.integer("actions", in: 1...16)
        let kappa = try p.real("crowding")
        guard kappa >= 0 else { throw ModelError(path: "--param crowding", "κ = \(kappa) must be ≥ 0") }
        let gamma = try p.discount()
        let graph: StateGraph
        switch p.text("graph") {
        case "ring":
            guard k >= 3 else { throw ModelError(path: "--param nodes", "a ring needs at least 3 nodes, found \(k)") }
            graph = .ring(nodes: k)
        case "grid":
            let width = try p.integer("width", in: 1...64)
            guard k % width == 0 else {
                throw ModelError(path: "--param width", "\(k) nodes do not fill rows of width \(width)")
            }
            graph = .grid(rows: k / width, columns: width)
        default:
            graph = .path(nodes: k)
        }
        let model = NetworkedMeanFieldModel.random(graph: graph, agents: n, actions: m, crowding: kappa, rng: rng)
        return try model.game(name: "ltde-network", gamma: gamma, source: p.provenance)
    }
}
