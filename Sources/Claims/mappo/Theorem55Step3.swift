import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 5.5 proof, Term I with the constant of Lemma C.6: (1/K)Σ_k [J_{M_k}(π*) − J_{M_k}(π_k)] ≤ 2N sqrt(2 log|A|)/((1−γ)²√K).
    static let theorem55Step3 = Claim(
        id: "mappo.thm5.5/step3", paper: .mappo, source: "Theorem 5.5 proof (App. C.2), Term I",
        statement: "Term I = (1/K)Σ_{k=1}^K [J_{M_k}(π*) − J_{M_k}(π_k)] = (1/((1−γ)K)) Σ_m Σ_k E_{s~d_{π*}} E_{a^{1:m−1}~π*} ⟨π*^m − π_k^m, f_k^m⟩ (because f_k^m is the multi-agent state-action value function for M_k); then, with η = (1−γ)sqrt(log|A|/K), Lemma C.6 gives Term I ≤ 2N sqrt(2 log|A|)/((1−γ)²√K).",
        reading: "M_k built from f_k^N (R_k = (I − γP^{π_k})f_k^N); right side with (1−γ)² (the printed power is garbled; Thm. 5.5's first term has (1−γ)²)",
        hypotheses: Theorem55Runs.stepHypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let (g, run, games) = try Theorem55Runs.stepRun(x)
            let k = Double(run.settings.iterations), n = Double(g.agentCount), logA = log(Double(g.agents[0].actionCount))
            let rhs = 2 * n * (2 * logA).squareRoot() / ((1 - g.gamma) * (1 - g.gamma) * k.squareRoot())
            return Evaluation(measurements: [Measurement("K=\(run.settings.iterations)", lhs: games.termOne, .lessOrEqual, rhs: rhs,
                                                         tolerance: Tolerance(4 * games.errorBound, "4× the LU forward-error bounds of V in M and M_k"))],
                              quantities: [NamedValue("J(π*) − J(π̄)", run.averageGap(optimal: games.optimalObjective)), NamedValue("λ", run.settings.lambda),
                                           NamedValue("η", run.settings.eta)])
        })
}
