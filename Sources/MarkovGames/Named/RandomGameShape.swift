/// The shape the random builders of the catalog share (`random-identical-interest`,
/// `random-potential`): |S| states "s0"…, n agents "agent1"… with the same |A_i| actions "a0"…
/// each, the discount γ and the Dirichlet concentration α > 0 of the transition rows.
struct RandomGameShape {
    let stateNames: [String]
    let agents: [Agent]
    let gamma: Double
    /// α of the Dirichlet(α·1) transition rows.
    let concentration: Double

    /// The builder parameters `states`, `agents`, `actions`, `gamma`, `concentration`.
    static func parameters(defaultStates: Int, concentrationSummary: String) -> [GameBuilder.Parameter] {
        [
            .init("states", default: "\(defaultStates)", "number of states |S|"),
            .init("agents", default: "2", "number of agents n"),
            .init("actions", default: "2", "actions per agent |A_i|"),
            .init("gamma", default: "0.9", "discount γ in [0, 1)"),
            .init("concentration", default: "1", concentrationSummary),
        ]
    }

    /// Reads the parameters in the order declared (the first bad one is reported); `validate`
    /// checks the game's size before anything is drawn.
    init(_ p: GameParameters) throws(ModelError) {
        let nS = try p.integer("states", in: 1...100_000)
        let n = try p.integer("agents", in: 1...16)
        let k = try p.integer("actions", in: 1...64)
        gamma = try p.discount()
        concentration = try p.real("concentration")
        guard concentration > 0 else { throw ModelError(path: "--param concentration", "α = \(concentration) must be positive") }
        stateNames = (0..<nS).map { "s\($0)" }
        agents = (0..<n).map { Agent(name: "agent\($0 + 1)", actions: (0..<k).map { "a\($0)" }) }
    }

    /// `Game.validateShape` of these states and agents.
    func validate() throws(ModelError) {
        try Game.validateShape(stateNames: stateNames, agents: agents, gamma: gamma)
    }
}
