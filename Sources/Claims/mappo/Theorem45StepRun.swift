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

    /// The averaged bound of Thm. 4.5's proof with β_k = β√K on the step run: (1/K)Σ_k[J(π*) − J(π_{θ_k})]
    /// against `bound(n, log|A|, β, K, B, ΣΣ(Δ+δ))`, the form derived or the one printed.
    static func theorem45AveragedBound(_ x: ClaimInstance,
                                       _ bound: (_ n: Double, _ logA: Double, _ beta: Double, _ k: Double, _ b: Double, _ errorSum: Double) -> Double) throws -> Evaluation {
        let (run, ref) = try stepRun(x)
        let n = Double(ref.game.agentCount), logA = log(Double(ref.game.agents[0].actionCount))
        let beta = run.settings.beta, k = Double(run.settings.iterations), b = run.bound
        let rhs = bound(n, logA, beta, k, b, run.errorSum) / ((1 - ref.game.gamma) * beta * k.squareRoot())
        return Evaluation(measurements: [Measurement(lhs: run.averageGap, .lessOrEqual, rhs: rhs,
                                                     tolerance: Theorem45Instances.objectiveTolerance(ref.game, iterations: run.steps.count, law: ref.reference.stationary),
                                                     trivialBound: b)],
                          quantities: [NamedValue("β", beta), NamedValue("ΣΣ(Δ+δ)", run.errorSum)])
    }

    static let stepHypotheses = "Theorem45Instances.inexact, one run of Algorithm 1 at β = B/sqrt(2 log|A|) (the steps hold for any β); every iteration k and agent m; B = 1/(1−γ); E_{σ*} over (s,a^{1:m−1}) ~ ν*π*^{1:m−1}."
}

/// A game with its comparator π*.
struct OptimalReferenceGame {
    let game: Game
    let reference: OptimalReference
}
