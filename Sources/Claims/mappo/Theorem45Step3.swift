import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 4.5 proof, "(i) … upper bounded by N log|A| because … the initial policy π_{θ_0}
    /// is uniformly distributed": Σ_m E_{σ*}KL(π*^m‖π_{θ_0}^m) ≤ N log|A|.
    static let theorem45Step3 = Claim(
        id: "mappo.thm4.5/step3", paper: .mappo, source: "Theorem 4.5 proof (App. B), term (i)",
        statement: "After summation over k and m, the KL terms are upper bounded by N log|A|: for any m, E_{σ*}KL(π*^m‖π_{θ_0}^m) ≤ log|A| since π_{θ_0} is uniform; and Σ_k E_{σ*}[KL(π*^m‖π_{θ_k}^m) − KL(π*^m‖π_{θ_{k+1}}^m)] = E_{σ*}KL(π*^m‖π_{θ_0}^m) − E_{σ*}KL(π*^m‖π_{θ_K}^m).",
        hypotheses: stepHypotheses + " One measurement of Σ_m E_{σ*}KL(π*^m‖π_{θ_0}^m) against N log|A| and one of the telescoped KL drops Σ_k against the same bound.",
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, ref) = try stepRun(x)
            let n = Double(ref.game.agentCount), logA = log(Double(ref.game.agents[0].actionCount))
            let initial = try run.steps[0].agents.reduce(0) { $0 + (try DescentInequality($1)).klToCurrent }
            let telescoped = try run.steps.reduce(0) { s, step in try step.agents.reduce(s) { $0 + (try DescentInequality($1)).klDrop } }
            let tol = Tolerance.roundoff(scale: n * logA, operations: 64 * run.steps.count, what: "KL sums") + Tolerance(4 * n * logA * run.steps[0].lawError, "ν* forward error")
            return Evaluation(measurements: [Measurement("Σ_m KL(π*‖π_0)", lhs: initial, .lessOrEqual, rhs: n * logA, tolerance: tol),
                                             Measurement("Σ_k Σ_m KL drop", lhs: telescoped, .lessOrEqual, rhs: n * logA, tolerance: tol)])
        })
}
