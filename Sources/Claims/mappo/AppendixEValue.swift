import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, App. E: "V = 0.46" at the point near (0.5, 0), read at (0.5, 0) to the two printed decimals.
    static let appendixEValue = Claim(
        id: "mappo.appE.value", paper: .mappo, source: "Appendix E, ratio game",
        statement: appendixEStatement,
        reading: "V(0.5, 0) = 0.46 to the two printed decimals (|V − 0.46| ≤ 0.005)",
        hypotheses: "The `ratio-game` game; V(0.5, 0) by exact policy evaluation.",
        kind: .identity,
        check: ClaimCheck(family: RatioGameDynamics.family) { x in
            let g = try x.requireGame()
            let v = try g.evaluate(.product(ProductPolicy(tables: [[0.5, 0.5, 0.5, 0.5], [0, 1, 0.5, 0.5]]))).values[0]
            return Evaluation(measurements: [Measurement("V(0.5, 0)", lhs: v, .equal, rhs: 0.46, tolerance: Tolerance(0.005, "the printed value has two decimals"))])
        }, defaultInstances: 1)
}
