import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// The same with mappo's Algorithm 1 (exact tabular, 1/β_k = η) and the value of the joint policy.
    static let appendixEReachesMaxAlgorithm1 = appendixEReachesMax(
        id: "mappo.appE.sequentialReachesMax.alg1", algorithm1: true,
        reading: "Algorithm 1 in exact tabular form (localized Q, 1/β_k = η) and the value of the autoregressive joint policy")
}
