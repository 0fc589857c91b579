import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, App. E: independent PG "struggles around the stationary point (see (a)–(c))" and in (c)
    /// "escapes the stationary point after 3000 iterations": from the near-stationary start it stays below
    /// V = 0.6 for the first 3000 iterations of (a)–(c) (Fig. 1 shows ≈ 0.46–0.5 there in all three), and
    /// in (c) it has escaped (V ≥ 0.9) by the last iteration (Fig. 1(c): ≈ 0.99 at 8000).
    static let appendixEIndependentStalls = Claim(
        id: "mappo.appE.independentStalls", paper: .mappo, source: "Appendix E, Fig. 1 (a)–(c)",
        statement: appendixESimulationStatement,
        reading: "from (0.5, y₀): max_{t ≤ 3000} V_independent(t) ≤ 0.6 in (a)–(c), and V_independent ≥ 0.9 at the end of (c)",
        hypotheses: "Independent softmax PG with exact gradients (authors' main.py) from (x, y) = (0.5, y₀), y₀ = 0.01 (the paper's start is not given); thresholds read off Fig. 1.",
        kind: .upperBound,
        check: ClaimCheck(family: RatioGameDynamics.family) { x in
            let g = try x.requireGame(), y0 = try x.scalar("y0")
            let panels = Array(RatioGameDynamics.panels(nearStationaryY: y0).prefix(3))
            let runs = try panels.map { try RatioGameDynamics.independentGradient(game: g, eta: $0.eta, iterations: $0.iterations, x0: $0.x0, y0: $0.y0) }
            var ms = zip(panels, runs).map { p, v in
                Measurement("\(p.name) max_{t≤3000} V", lhs: v.prefix(3001).max()!, .lessOrEqual, rhs: 0.6, tolerance: .exact)
            }
            let c = runs[2]
            ms.append(Measurement("(c) V at t = \(c.count - 1), as −V ≤ −0.9", lhs: -c.last!, .lessOrEqual, rhs: -0.9, tolerance: .exact))
            let escape = c.firstIndex { $0 >= 0.6 }.map(Double.init) ?? .infinity
            return Evaluation(measurements: ms, quantities: [NamedValue("(c) first t with V ≥ 0.6", escape), NamedValue("y₀", y0)])
        }, defaultInstances: 1)
}
