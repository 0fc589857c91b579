import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, App. E: "the global maximum V = 1". V(·, y) and V(x, ·) are linear-fractional, hence
    /// monotone, so the maximum over [0,1]² is at a vertex; the four vertex values come from the exact
    /// evaluation of the `ratio-game` game (independent of the closed form), the grid maximum is a quantity.
    static let appendixEGlobalMax = Claim(
        id: "mappo.appE.globalMax", paper: .mappo, source: "Appendix E, ratio game",
        statement: appendixEStatement,
        reading: "the maximum of V over [0,1]² equals 1",
        hypotheses: "The `ratio-game` game; V at the vertices by exact policy evaluation (V(play)); a 201×201 grid of the closed form as a cross-check.",
        kind: .identity,
        check: ClaimCheck(family: RatioGameDynamics.family) { x in
            let g = try x.requireGame()
            var best = -Double.infinity
            for a in 0..<2 { for b in 0..<2 {
                let p = ProductPolicy(tables: [a == 0 ? [1, 0, 0.5, 0.5] : [0, 1, 0.5, 0.5], b == 0 ? [1, 0, 0.5, 0.5] : [0, 1, 0.5, 0.5]])
                best = max(best, try g.evaluate(.product(p)).values[0])
            } }
            let gridMax = RatioLandscape.grid(0...1, 0...1, 200).map { RatioGameDynamics.value([$0.0, 1 - $0.0], [$0.1, 1 - $0.1]) }.max()!
            return Evaluation(measurements: [Measurement("max V", lhs: best, .equal, rhs: 1, tolerance: .discounted(g, scale: 1, solves: 1, what: "V at a vertex"))],
                              quantities: [NamedValue("grid max of the closed form", gridMax)])
        }, defaultInstances: 1)
}
