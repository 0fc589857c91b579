import ExactSolvers
import GSLKit
import MarkovGames

/// The stationary state distribution ν_π of the chain P_π and the stationary state–action laws
/// σ_π^{1:m}(s,a^{1:m}) = ν_π(s)·π^{1:m}(a^{1:m}|s) of mappo Sec. 3.1 (J of Sec. 4 is E_{ν*} V_π).
struct StationaryLaw: Sendable {
    /// ν_π(s).
    let states: [Double]
    /// σ_π^{1:m} for m = 0…N, flat [s][b_m]; σ^{1:0} = ν_π.
    let prefixes: [[Double]]
    /// A bound on the forward error of every entry of ν_π: κ∞ of the bordered system (Pᵀ − I with
    /// one row replaced by 1ᵀ) times 8|S|ε.
    let errorBound: Double

    /// ν_π by ExactSolvers' `stationaryDistribution` (unique: the chain must have one closed class).
    init(game: Game, policy: ConditionalPolicy) throws {
        let mdp = FiniteMDP(game: game)
        let joint = policy.joint(in: game).table
        let nu = try mdp.stationaryDistribution(policy: joint)
        let nS = game.stateCount
        var a = mdp.stateTransitionMatrix(policy: joint).transposed
        for s in 0..<nS { a.storage[s * nS + s] -= 1 }
        for t in 0..<nS { a.storage[(nS - 1) * nS + t] = 1 }
        let kappa = try LUFactorization(a).conditionNumber()
        states = nu
        errorBound = kappa * 8 * Double(nS) * Double.ulpOfOne
        prefixes = policy.prefixProbabilities(in: game).map { pm in
            let width = pm.count / nS
            return pm.indices.map { nu[$0 / width] * pm[$0] }
        }
    }
}

/// The comparator of mappo Sec. 4: "the underlying optimal policy" π* (a deterministic optimal
/// joint action per state, found by policy iteration over joint actions, written as an
/// autoregressive policy that plays a*^m(s) whatever the predecessors did), its stationary law
/// ν*, σ*, and J(π) := E_{s~ν*} V_π(s).
///
/// When several joint actions are optimal the first (lexicographic) one is kept; J depends on the
/// choice (theory note §6.0 FLAG) and every claim uses this one.
struct OptimalReference: Sendable {
    let policy: ConditionalPolicy
    /// a*(s) as joint indices.
    let actions: [Int]
    /// V_{π*}.
    let values: [Double]
    let stationary: StationaryLaw

    init(game: Game) throws {
        let solution = try FiniteMDP(game: game).policyIteration()
        let space = game.jointActions
        let product = ProductPolicy(tables: (0..<game.agentCount).map { i in
            var t = [Double](repeating: 0, count: game.stateCount * space.sizes[i])
            for s in 0..<game.stateCount { t[s * space.sizes[i] + space.action(ofAgent: i, in: solution.actions[s])] = 1 }
            return t
        })
        policy = ConditionalPolicy(product, game: game)
        actions = solution.actions
        values = solution.values
        stationary = try StationaryLaw(game: game, policy: policy)
    }

    /// J(π) = E_{s~ν*} V(s) for the values V of some policy (mappo Sec. 4).
    func objective(_ v: [Double]) -> Double { Vector.dot(stationary.states, v) }

    /// J(π*).
    var optimalObjective: Double { objective(values) }
}
