import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, App. E, Fig. 1: the sequential updates reach the global maximum in every panel — the
    /// authors' update with the value their code plots (V at agent 2's marginal).
    static let appendixEReachesMaxCode = appendixEReachesMax(
        id: "mappo.appE.sequentialReachesMax", algorithm1: false,
        reading: "the simulation's update (authors' code: θ_a += ηV(e_a, p₂), z_{a,b} += ηV(e_a, e_b)) and the value it records, V(π₁, p₂) with p₂ agent 2's marginal")
}
