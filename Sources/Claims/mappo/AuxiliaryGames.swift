import ExactSolvers
import GSLKit
import MarkovGames

/// The auxiliary games M_k of mappo Lemma C.3 and the two terms of Thm. 5.5's proof, built from a run
/// of Algorithm 2 with m = N: M_k has the dynamics of M and the reward R_k = (I − γP^{π_k}) f_k^N, i.e.
/// R_k(s,a) = f_k^N(s,a) − γ Σ_{s'} P(s'|s,a) Σ_{a'} π_k(a'|s') f_k^N(s',a'), so that f_k^N is the
/// action-value function of π_k in M_k. J_{M_k}(π) = V^{M_k}_π(s₀).
struct AuxiliaryGames {
    /// J_{M_k}(π*) and J_{M_k}(π_k) for k = 0…K−1.
    let optimalValues: [Double]
    let currentValues: [Double]
    /// J(π*) = V_{π*}(s₀) in M.
    let optimalObjective: Double
    /// (1/(1−γ))‖Q_{π*} − T^{M_k}_{π*} Q_{π*}‖_{2,d_{π*}}, (1/(1−γ))‖f_k^N − T_{π*} f_k^N‖_{2,d_{π*}},
    /// (1/(1−γ))‖f_k^N − T_{π_k} f_k^N‖_{2,d_{π*}} for every k (the chain of Term II).
    let auxiliaryResiduals: [Double]
    let optimalOperatorResiduals: [Double]
    let currentOperatorResiduals: [Double]
    /// An absolute error bound of the values (the LU solves' forward errors).
    let errorBound: Double

    init(game: Game, run: Algorithm2Run) throws {
        let nS = game.stateCount, nA = game.jointActionCount, gamma = game.gamma, s0 = run.settings.initialState
        let mdp = FiniteMDP(game: game)
        let optimal = try mdp.policyIteration()
        let starTable = mdp.deterministicPolicy(optimal.actions)
        let qStar = optimal.actionValues
        var start = [Double](repeating: 0, count: nS)
        start[s0] = 1
        let occupancy = try mdp.discountedStateActionOccupancy(policy: starTable, initial: start)
        func weightedNorm(_ g: [Double]) -> Double {
            var s = 0.0
            for j in g.indices { s += occupancy[j] * g[j] * g[j] }
            return s.squareRoot() / (1 - gamma)
        }
        var optimalValues: [Double] = [], currentValues: [Double] = [], aux: [Double] = [], opt: [Double] = [], cur: [Double] = []
        var bound = 0.0
        for (k, row) in run.evaluations.enumerated() {
            let f = row[row.count - 1].estimate
            let current = run.policies[k].joint(in: game).table
            let reward = Self.subtract(f, mdp.actionValues(from: mdp.stateValues(actionValues: f, policy: current)).enumerated().map { $0.element - mdp.rewards[$0.offset] })
            let auxiliary = FiniteMDP(stateCount: nS, actionCount: nA, transitions: game.transitions, rewards: reward, gamma: gamma, initial: start)
            let evalStar = try PolicyEvaluation(mdp: auxiliary, policy: starTable), evalK = try PolicyEvaluation(mdp: auxiliary, policy: current)
            optimalValues.append(evalStar.values[s0])
            currentValues.append(evalK.values[s0])
            bound = max(bound, evalStar.forwardErrorBound, evalK.forwardErrorBound)
            aux.append(weightedNorm(Self.subtract(qStar, auxiliary.actionValues(from: auxiliary.stateValues(actionValues: qStar, policy: starTable)))))
            opt.append(weightedNorm(Self.subtract(f, mdp.actionValues(from: mdp.stateValues(actionValues: f, policy: starTable)))))
            cur.append(weightedNorm(Self.subtract(f, mdp.actionValues(from: mdp.stateValues(actionValues: f, policy: current)))))
        }
        self.optimalValues = optimalValues
        self.currentValues = currentValues
        optimalObjective = optimal.values[s0]
        auxiliaryResiduals = aux
        optimalOperatorResiduals = opt
        currentOperatorResiduals = cur
        errorBound = bound + 8 * Double(nS) * Double.ulpOfOne * (1 + gamma) / (1 - gamma) * Vector.infinityNorm(optimal.values)
    }

    private static func subtract(_ a: [Double], _ b: [Double]) -> [Double] { Vector.difference(a, b) }

    /// Term I = (1/K)Σ_k [J_{M_k}(π*) − J_{M_k}(π_k)].
    var termOne: Double { zip(optimalValues, currentValues).reduce(0) { $0 + $1.0 - $1.1 } / Double(optimalValues.count) }
}
