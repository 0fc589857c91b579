import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, App. E, Fig. 1: "our algorithm consistently outperforms" independent PG (authors' update, plotted value).
    static let appendixEOutperformsCode = appendixEOutperforms(
        id: "mappo.appE.outperforms", algorithm1: false,
        reading: "the simulation's update and the value its code records")
}
