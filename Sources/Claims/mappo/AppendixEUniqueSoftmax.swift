import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, App. E, the same under the softmax parametrisation: stationary points at finite θ are the
    /// interior points with ∇V = 0; counted on the interior grid with the same resolution rule.
    static let appendixEUniqueSoftmax = Claim(
        id: "mappo.appE.uniqueStationary.softmax", paper: .mappo, source: "Appendix E, ratio game",
        statement: appendixEStatement,
        reading: "exactly one point with ∇_θ V = 0 at finite softmax parameters (interior of [0,1]²)",
        hypotheses: "The closed form of V; interior points of a 401×401 grid whose unprojected gradient norm is ≤ 0.025.",
        kind: .identity,
        check: ClaimCheck(family: RatioGameDynamics.family) { _ in
            let groups = RatioLandscape.clusters(400) { x, y in
                guard x > 0, x < 1, y > 0, y < 1 else { return false }
                let g = RatioGameDynamics.gradients([x, 1 - x], [y, 1 - y])
                return ((g.x[0] - g.x[1]) * (g.x[0] - g.x[1]) + (g.y[0] - g.y[1]) * (g.y[0] - g.y[1])).squareRoot() <= 0.025
            }
            return Evaluation(measurements: [Measurement("number of interior stationary points", lhs: Double(groups.count), .equal, rhs: 1, tolerance: .exact)])
        }, defaultInstances: 1)
}
