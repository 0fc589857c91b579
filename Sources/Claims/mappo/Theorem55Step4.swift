import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 5.5 proof, Term II first line (Xie & Jiang 2020, Lemma 1, and Jensen):
    /// J(π*) − J_{M_k}(π*) ≤ (1/(1−γ))‖Q_{π*} − T^{M_k}_{π*}Q_{π*}‖_{2,d_{π*}}, per k.
    static let theorem55Step4 = Claim(
        id: "mappo.thm5.5/step4", paper: .mappo, source: "Theorem 5.5 proof (App. C.2), Term II, Xie & Jiang 2020 Lemma 1",
        statement: "J(π*) − J_{M_k}(π*) = Q_{π*}(s₀, π*) − J_{M_k}(π*) ≤ (1/(1−γ))‖Q_{π*} − T_{π*,M_k}Q_{π*}‖_{2,d_{π*}}.",
        hypotheses: Theorem55Runs.stepHypotheses + " One measurement per k.",
        kind: .upperBound,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let (_, _, games) = try Theorem55Runs.stepRun(x)
            return Evaluation(measurements: games.optimalValues.enumerated().map { k, v in
                Measurement("k=\(k)", lhs: games.optimalObjective - v, .lessOrEqual, rhs: games.auxiliaryResiduals[k],
                            tolerance: Tolerance(4 * games.errorBound, "4× the LU forward-error bounds of V in M and M_k"))
            })
        })
}
