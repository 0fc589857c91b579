import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, App. E: "the stationary point is near (x, y) = (0.5, 0)", box (KKT) reading: the smallest
    /// projected-gradient norm of V over the neighbourhood [0.45, 0.55] × [0, 0.05] (the printed
    /// coordinates to their last digit) must be 0. Grid of 101×101 points.
    static let appendixEStationary = Claim(
        id: "mappo.appE.stationaryPoint", paper: .mappo, source: "Appendix E, ratio game",
        statement: appendixEStatement,
        reading: "stationary for max V over [0,1]² (KKT: projected gradient 0) somewhere in [0.45, 0.55] × [0, 0.05]",
        hypotheses: "The closed form of V; a 101×101 grid of the neighbourhood; its smallest KKT residual against 0.",
        kind: .identity,
        check: ClaimCheck(family: RatioGameDynamics.family) { _ in
            let r = RatioLandscape.grid(0.45...0.55, 0...0.05, 100).map { RatioLandscape.boxResidual($0.0, $0.1) }.min()!
            return Evaluation(measurements: [Measurement("min KKT residual near (0.5, 0)", lhs: r, .equal, rhs: 0,
                                                         tolerance: Tolerance(0.01, "grid step 10⁻³ times a gradient-Lipschitz bound ≤ 10 of V on the neighbourhood"))],
                              quantities: [NamedValue("V(0.5, 0)", RatioGameDynamics.value([0.5, 0.5], [0, 1])),
                                           NamedValue("∂V/∂x at (0.5, 0)", { let g = RatioGameDynamics.gradients([0.5, 0.5], [0, 1]); return g.x[0] - g.x[1] }())])
        }, defaultInstances: 1)
}
