import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    static let appendixEStatement = "Consider the value function as a function of variables x and y, then the stationary point is near (x, y) = (0.5, 0), at which the value function is V = 0.46, which is smaller than the global maximum V = 1. … We point out that, globally, there is only one stationary point. [V(π_x, π_y) = π_xᵀRπ_y/π_xᵀSπ_y, R = [[1, 0.5], [−0.5, 0]], S = [[1, 1], [0.1, 0.1]], π_x = (x, 1−x), π_y = (y, 1−y).]"

    /// Every panel's sequential and independent trajectories.
    static func appendixEPanels(_ x: ClaimInstance, algorithm1: Bool) throws -> [(panel: RatioGameDynamics.Panel, sequential: [Double], independent: [Double])] {
        let g = try x.requireGame(), y0 = try x.scalar("y0")
        return try RatioGameDynamics.panels(nearStationaryY: y0).map { p in
            (p, try RatioGameDynamics.sequential(p, algorithm1: algorithm1, game: g),
             try RatioGameDynamics.independentGradient(game: g, eta: p.eta, iterations: p.iterations, x0: p.x0, y0: p.y0))
        }
    }

    static let appendixESimulationStatement = "Results: … the independent policy optimization method often struggles around the stationary point (see (a)-(c)) … in (c), independent PG escapes the stationary point after 3000 iterations. However, the convergence to global optima is still slower than our method. … from (d)-(f), our algorithm consistently outperforms in terms of maximizing the value function. … our algorithm demonstrates a fast convergence rate to the global maximum value function. [Fig. 1: step sizes 0.001, 0.01, 0.05; 20000, 20000, 8000 iterations in (a)–(c) from near the stationary point, 20000, 20000, 5000 in (d)–(f) from uniform policies.]"

    static func appendixEReachesMax(id: String, algorithm1: Bool, reading: String) -> Claim {
        Claim(
            id: id, paper: .mappo, source: "Appendix E, Fig. 1",
            statement: appendixESimulationStatement,
            reading: reading + "; \"reaches the global maximum\": V ≥ 0.99 at the panel's last iteration",
            hypotheses: "The six panels of Fig. 1 (RatioGameDynamics.panels, y₀ = 0.01 in (a)–(c)); one measurement per panel.",
            kind: .lowerBound,
            check: ClaimCheck(family: RatioGameDynamics.family) { x in
                let panels = try appendixEPanels(x, algorithm1: algorithm1)
                return Evaluation(
                    measurements: panels.map { Measurement("\($0.panel.name) η=\($0.panel.eta)", lhs: $0.sequential.last!, .greaterOrEqual, rhs: 0.99, tolerance: .exact) },
                    series: panels.map { p in PlotSeries(name: "sequential \(p.panel.name)", x: stride(from: 0, to: p.sequential.count, by: 100).map(Double.init),
                                                         y: stride(from: 0, to: p.sequential.count, by: 100).map { p.sequential[$0] }, xLabel: "iteration", yLabel: "V") })
            }, defaultInstances: 1)
    }

    static func appendixEOutperforms(id: String, algorithm1: Bool, reading: String) -> Claim {
        Claim(
            id: id, paper: .mappo, source: "Appendix E, Fig. 1",
            statement: appendixESimulationStatement,
            reading: reading + "; \"consistently outperforms\": V_sequential(t) ≥ V_independent(t) at every iteration t of every panel",
            hypotheses: "The six panels of Fig. 1 (y₀ = 0.01 in (a)–(c)); one measurement per panel at its worst iteration.",
            kind: .lowerBound,
            check: ClaimCheck(family: RatioGameDynamics.family) { x in
                let panels = try appendixEPanels(x, algorithm1: algorithm1)
                return Evaluation(measurements: panels.map { p in
                    let t = p.sequential.indices.min { p.sequential[$0] - p.independent[$0] < p.sequential[$1] - p.independent[$1] }!
                    return Measurement("\(p.panel.name) η=\(p.panel.eta) t=\(t)", lhs: p.sequential[t], .greaterOrEqual, rhs: p.independent[t],
                                       tolerance: .roundoff(scale: 1, operations: 40, what: "two ratio evaluations"))
                })
            }, defaultInstances: 1)
    }
}
