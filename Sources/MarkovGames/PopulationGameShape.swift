/// The N-agent game of a population of homogeneous agents that move independently given the
/// joint state and action (mfppo's permutation-invariant test bed, eq. (2.1); ltde's networked
/// game, eqs. (2.1)–(2.8)): global states are the profiles of local states (`PopulationStructure`,
/// lexicographic, agent 1 slowest), every agent has the actions "a0"…, and
///
///     P(s' | s, a) = ∏_i p_i(s'^i),   r(s, a) = (1/N) Σ_i r_i,
///
/// with (p_i, r_i) agent i's local kernel over the k local states and its local reward at (s, a).
/// ρ₀ is uniform over the profiles.
struct PopulationGameShape {
    let population: PopulationStructure
    let agents: [Agent]
    let stateNames: [String]
    let space: JointActionSpace

    /// Validates the shape (profile count and `Game.validateShape`) before anything is drawn.
    init(localStates: [String], agents n: Int, actions m: Int, gamma: Double) throws(ModelError) {
        let nS = try Game.profileCount(localStates: localStates.count, agents: n, actionsPerAgent: m)
        let population = PopulationStructure(localStates: localStates)
        let agents = (0..<n).map { Agent(name: "agent\($0 + 1)", actions: (0..<m).map { "a\($0)" }) }
        let stateNames = (0..<nS).map { population.stateName(ofState: $0, agents: n) }
        try Game.validateShape(stateNames: stateNames, agents: agents, gamma: gamma)
        self.population = population
        self.agents = agents
        self.stateNames = stateNames
        space = JointActionSpace(sizes: agents.map(\.actionCount))
    }

    /// P and r, flat like `Game`'s, from `local(s, profile, actions)`: agent i's (kernel, reward) for
    /// i = 1…N at the global state s with its profile and the joint action's per-agent actions.
    func transitionsAndRewards(
        local: (_ state: Int, _ profile: [Int], _ actions: [Int]) -> [(kernel: [Double], reward: Double)]
    ) -> (transitions: [Double], rewards: [Double]) {
        let n = agents.count, nS = stateNames.count, nA = space.count
        var transitions = [Double](repeating: 0, count: nS * nA * nS)
        var rewards = [Double](repeating: 0, count: nS * nA)
        for s in 0..<nS {
            let profile = population.profile(ofState: s, agents: n)
            for a in 0..<nA {
                var row: [Double] = [1]
                var team = 0.0
                for (kernel, reward) in local(s, profile, space.actions(of: a)) {
                    row = row.flatMap { p in kernel.map { p * $0 } }   // agent 1 slowest
                    team += reward
                }
                let base = (s * nA + a) * nS
                for t in 0..<nS { transitions[base + t] = row[t] }
                rewards[s * nA + a] = team / Double(n)
            }
        }
        return (transitions, rewards)
    }

    /// The game with the team reward (shared) and ρ₀ uniform over the profiles.
    func game(name: String, gamma: Double, transitions: [Double], rewards: [Double], graph: StateGraph? = nil,
              source: String?) throws(ModelError) -> Game {
        let nS = stateNames.count
        return try Game(name: name, stateNames: stateNames, agents: agents, gamma: gamma,
                        initial: [Double](repeating: 1 / Double(nS), count: nS), transitions: transitions,
                        rewards: .shared(rewards), graph: graph, population: population, source: source)
    }
}
