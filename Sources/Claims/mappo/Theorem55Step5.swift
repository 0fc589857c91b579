import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 5.5 proof, Term II second line with the operator read as T_{π*} (theory note §3 FLAG).
    static let theorem55Step5 = Claim(
        id: "mappo.thm5.5/step5", paper: .mappo, source: "Theorem 5.5 proof (App. C.2), Term II",
        statement: theorem55Step5Statement,
        reading: "the operator of the second line read as T_{π*}: ‖Q_{π*} − T^{M_k}_{π*}Q_{π*}‖_{2,d_{π*}} ≤ ‖f_k − T_{π*}f_k‖_{2,d_{π*}}",
        hypotheses: Theorem55Runs.stepHypotheses + " One measurement per k.",
        kind: .upperBound,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            Evaluation(measurements: try theorem55Step5Measurements(x, .lessOrEqual, operatorResiduals: \.optimalOperatorResiduals))
        })
}
