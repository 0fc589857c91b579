import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// The inexact run the proof steps are checked on: β = B/sqrt(2 log|A|), the theorem's β without
    /// errors (every step holds for any β, so no fixed point is needed).
    static func stepRun(_ x: ClaimInstance) throws -> (run: Algorithm1Run, game: OptimalReferenceGame) {
        var s = try Theorem45Instances.inexactSetup(x)
        s.settings.beta = 1 / (1 - s.game.gamma) / (2 * log(Double(s.game.agents[0].actionCount))).squareRoot()
        let run = try Algorithm1Run(game: s.game, reference: s.reference, features: s.features, settings: s.settings)
        return (run, OptimalReferenceGame(game: s.game, reference: s.reference))
    }

    static let stepHypotheses = "Theorem45Instances.inexact, one run of Algorithm 1 at β = B/sqrt(2 log|A|) (the steps hold for any β); every iteration k and agent m; B = 1/(1−γ); E_{σ*} over (s,a^{1:m−1}) ~ ν*π*^{1:m−1}."
}

/// A game with its comparator π*.
struct OptimalReferenceGame {
    let game: Game
    let reference: OptimalReference
}
