import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 5.5 proof, Term II second line with the operator read as T_{π_k}: then it is an
    /// identity, Q_{π*} − T^{M_k}_{π*}Q_{π*} = r − R_k = −(f_k − T_{π_k}f_k).
    static let theorem55Step5Current = Claim(
        id: "mappo.thm5.5/step5.piK", paper: .mappo, source: "Theorem 5.5 proof (App. C.2), Term II",
        statement: theorem55Step5Statement,
        reading: "the operator read as T_{π_k} (the residual Lemma C.2 controls): ‖Q_{π*} − T^{M_k}_{π*}Q_{π*}‖_{2,d_{π*}} = ‖f_k − T_{π_k}f_k‖_{2,d_{π*}}",
        hypotheses: Theorem55Runs.stepHypotheses + " One measurement per k.",
        kind: .identity,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            Evaluation(measurements: try theorem55Step5Measurements(x, .equal, operatorResiduals: \.currentOperatorResiduals))
        })
}
