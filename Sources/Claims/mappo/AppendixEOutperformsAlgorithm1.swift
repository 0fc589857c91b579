import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// The same with Algorithm 1 and the joint value.
    static let appendixEOutperformsAlgorithm1 = appendixEOutperforms(
        id: "mappo.appE.outperforms.alg1", algorithm1: true,
        reading: "Algorithm 1 in exact tabular form and the joint policy's value")
}
