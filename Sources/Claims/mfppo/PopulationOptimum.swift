import ExactSolvers
import GSLKit
import Learners
import MarkovGames

/// Q* of a population game (the N-agent MDP of mfppo Sec. 2 over joint actions) by Howard's
/// policy iteration, unscaled (Q* = r + γ P max Q*), with argmax sets read to a tolerance that
/// covers the solve's round-off.
struct PopulationOptimum {
    let mdp: FiniteMDP
    let solution: OptimalSolution
    /// Two actions whose Q* differ by less than this are tied: 8 × the solve's forward-error bound.
    let tieTolerance: Double

    init(game: Game) throws {
        mdp = FiniteMDP(game: game)
        solution = try mdp.policyIteration()
        tieTolerance = 8 * DiscountedTolerance.forwardError(size: mdp.stateCount, gamma: mdp.gamma,
                                                            scale: max(Vector.infinityNorm(solution.values), 1e-300))
    }

    /// {a : Q*(s, a) ≥ max_b Q*(s, b) − tieTolerance}.
    func argmaxSet(_ s: Int) -> [Int] {
        let nA = mdp.actionCount
        let row = PolicyRows.row(solution.actionValues, s, width: nA)
        let best = row.max()!
        return (0..<nA).filter { row[$0] >= best - tieTolerance }
    }

    /// ν*_unif(·|s): uniform over the argmax set (a permutation-consistent tie rule).
    var uniformOptimalPolicy: [Double] {
        let nA = mdp.actionCount
        var t = [Double](repeating: 0, count: mdp.stateCount * nA)
        for s in 0..<mdp.stateCount {
            let set = argmaxSet(s)
            for a in set { t[s * nA + a] = 1 / Double(set.count) }
        }
        return t
    }

    /// The residual ‖q − (r + c·P max q)‖∞ of a table q in the optimality equation with discount c
    /// (c = γ: the discounted (C.1); c = 1: (C.1) as printed).
    func optimalityResidual(_ q: [Double], discount c: Double) -> Double {
        let nS = mdp.stateCount, nA = mdp.actionCount
        let maxQ = (0..<nS).map { PolicyRows.row(q, $0, width: nA).max()! }
        var worst = 0.0
        for sa in 0..<(nS * nA) {
            var e = 0.0
            for t in 0..<nS { e += mdp.transitions[sa * nS + t] * maxQ[t] }
            worst = max(worst, abs(q[sa] - mdp.rewards[sa] - c * e))
        }
        return worst
    }
}
