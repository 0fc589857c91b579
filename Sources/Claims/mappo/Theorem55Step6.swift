import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 5.5 proof, last display: E(f_k, π_k) ≤ ε_r + 1/(λ(1−γ)), from
    /// f_k(s₀,π_k) + λE(f_k,π_k) ≤ Q_{π_k}(s₀,π_k) + λE(Q_{π_k},π_k) ≤ 1/(1−γ) + λε_r and f_k ≥ 0;
    /// ε_r := E(Q_{π_k}^{1:m}, π_k) on the same data (Lemma C.1's event with its smallest ε_r). Per (k, m).
    static let theorem55Step6 = Claim(
        id: "mappo.thm5.5/step6", paper: .mappo, source: "Theorem 5.5 proof (App. C.2), bound on E(f_k, π_k)",
        statement: "E(f_k, π_k) ≤ ε_r + 1/(λ(1−γ)), because f_k(s₀,π_k) + λE(f_k,π_k) = min_f(f(s₀,π_k) + λE(f,π_k)) ≤ Q_{π_k}(s₀,π_k) + λE(Q_{π_k},π_k) ≤ 1/(1−γ) + λε_r.",
        reading: "ε_r := E^{1:m}(Q_{π_k}^{1:m}, π_k) on the same data set",
        hypotheses: Theorem55Runs.stepHypotheses + " One measurement per (k, m).",
        kind: .upperBound,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let (g, run, _) = try Theorem55Runs.stepRun(x)
            var ms: [Measurement] = []
            for (k, row) in run.evaluations.enumerated() {
                for e in row {
                    let lhs = e.data.bellmanError(e.estimate, prefixPolicy: e.prefixPolicy, gamma: g.gamma)
                    let epsilonR = e.data.bellmanError(e.truth, prefixPolicy: e.prefixPolicy, gamma: g.gamma)
                    ms.append(Measurement("k=\(k) m=\(e.m)", lhs: lhs, .lessOrEqual, rhs: epsilonR + 1 / (run.settings.lambda * (1 - g.gamma)),
                                          tolerance: Tolerance(e.gap / run.settings.lambda, "quadratic-program gap / λ")
                                            + .roundoff(scale: lhs + epsilonR, operations: 64, what: "E")))
                }
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("λ", run.settings.lambda)])
        })
}
