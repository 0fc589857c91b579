import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, App. E, the same statement under the softmax parametrisation both algorithms use: the
    /// smallest ‖∇_θ V‖ over the neighbourhood (y ≥ 10⁻⁶, so θ is finite) must be 0.
    static let appendixEStationarySoftmax = Claim(
        id: "mappo.appE.stationaryPoint.softmax", paper: .mappo, source: "Appendix E, ratio game",
        statement: appendixEStatement,
        reading: "stationary in the softmax parameters (∇_θ V = 0) somewhere in [0.45, 0.55] × [10⁻⁶, 0.05]",
        hypotheses: "The closed form of V and the softmax chain rule; a 101×101 grid of the neighbourhood.",
        kind: .identity,
        check: ClaimCheck(family: RatioGameDynamics.family) { _ in
            let r = RatioLandscape.grid(0.45...0.55, 1e-6...0.05, 100).map { RatioLandscape.softmaxResidual($0.0, $0.1) }.min()!
            return Evaluation(measurements: [Measurement("min ‖∇_θV‖ near (0.5, 0)", lhs: r, .equal, rhs: 0,
                                                         tolerance: Tolerance(0.0025, "grid step 10⁻³ times a Lipschitz bound ≤ 2.5 of ∇_θV on the neighbourhood"))])
        }, defaultInstances: 1)
}
