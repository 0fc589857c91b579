import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// The landscape of V on [0,1]² for the stationary-point statements of mappo App. E.
enum RatioLandscape {
    /// The KKT residual of max V over the box at (x, y): the norm of the projected gradient
    /// (a coordinate at its lower bound keeps only a positive partial, at its upper bound only a
    /// negative one).
    static func boxResidual(_ x: Double, _ y: Double) -> Double {
        let g = RatioGameDynamics.gradients([x, 1 - x], [y, 1 - y])
        func projected(_ d: Double, _ v: Double) -> Double { v <= 0 ? max(d, 0) : (v >= 1 ? min(d, 0) : d) }
        let dx = projected(g.x[0] - g.x[1], x), dy = projected(g.y[0] - g.y[1], y)
        return (dx * dx + dy * dy).squareRoot()
    }

    /// ‖∇_θ V‖ under the softmax parametrisation (θ ∈ ℝ² per agent).
    static func softmaxResidual(_ x: Double, _ y: Double) -> Double {
        let g = RatioGameDynamics.gradients([x, 1 - x], [y, 1 - y])
        let dx = x * (1 - x) * (g.x[0] - g.x[1]), dy = y * (1 - y) * (g.y[0] - g.y[1])
        return (2 * dx * dx + 2 * dy * dy).squareRoot()
    }

    /// A grid of (n+1)² points on [a,b]×[c,d].
    static func grid(_ xr: ClosedRange<Double>, _ yr: ClosedRange<Double>, _ n: Int) -> [(Double, Double)] {
        (0...n).flatMap { i in (0...n).map { j in
            (xr.lowerBound + (xr.upperBound - xr.lowerBound) * Double(i) / Double(n), yr.lowerBound + (yr.upperBound - yr.lowerBound) * Double(j) / Double(n))
        } }
    }

    /// The connected groups (8-neighbourhood) of grid points of [0,1]² (n+1 per side) where `small` holds.
    static func clusters(_ n: Int, _ small: (Double, Double) -> Bool) -> [[(Int, Int)]] {
        var marked = Set<Int>(), out: [[(Int, Int)]] = []
        var flags = [Bool](repeating: false, count: (n + 1) * (n + 1))
        for i in 0...n { for j in 0...n { flags[i * (n + 1) + j] = small(Double(i) / Double(n), Double(j) / Double(n)) } }
        for start in flags.indices where flags[start] && !marked.contains(start) {
            var stack = [start], group: [(Int, Int)] = []
            marked.insert(start)
            while let k = stack.popLast() {
                let i = k / (n + 1), j = k % (n + 1)
                group.append((i, j))
                for di in -1...1 { for dj in -1...1 {
                    let a = i + di, b = j + dj
                    guard (0...n).contains(a), (0...n).contains(b) else { continue }
                    let kk = a * (n + 1) + b
                    if flags[kk] && !marked.contains(kk) { marked.insert(kk); stack.append(kk) }
                } }
            }
            out.append(group)
        }
        return out
    }
}

extension MAPPOClaims {
    static let appendixEStatement = "Consider the value function as a function of variables x and y, then the stationary point is near (x, y) = (0.5, 0), at which the value function is V = 0.46, which is smaller than the global maximum V = 1. … We point out that, globally, there is only one stationary point. [V(π_x, π_y) = π_xᵀRπ_y/π_xᵀSπ_y, R = [[1, 0.5], [−0.5, 0]], S = [[1, 1], [0.1, 0.1]], π_x = (x, 1−x), π_y = (y, 1−y).]"

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

    /// mappo, App. E: "globally, there is only one stationary point", box (KKT) reading: the number of
    /// connected groups of grid points (401×401 on [0,1]²) whose KKT residual is below the grid's
    /// resolution (Lipschitz bound × step) must be 1.
    static let appendixEUnique = Claim(
        id: "mappo.appE.uniqueStationary", paper: .mappo, source: "Appendix E, ratio game",
        statement: appendixEStatement,
        reading: "exactly one KKT point of max V over [0,1]²",
        hypotheses: "The closed form of V; 401×401 grid; a point counts when its KKT residual is ≤ 0.025 (step 1/400 × a Lipschitz bound 10 of the residual); connected groups counted once.",
        kind: .identity,
        check: ClaimCheck(family: RatioGameDynamics.family) { _ in
            let groups = RatioLandscape.clusters(400) { RatioLandscape.boxResidual($0, $1) <= 0.025 }
            let where0 = groups.map { g in "(\(shortNumber(Double(g[0].0) / 400)), \(shortNumber(Double(g[0].1) / 400)))" }.joined(separator: " ")
            return Evaluation(measurements: [Measurement("number of KKT points", lhs: Double(groups.count), .equal, rhs: 1, tolerance: .exact)],
                              notes: ["KKT groups at \(where0)"])
        }, defaultInstances: 1)

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

    /// Every panel's sequential and independent trajectories.
    static func appendixEPanels(_ x: ClaimInstance, algorithm1: Bool) throws -> [(panel: RatioGameDynamics.Panel, sequential: [Double], independent: [Double])] {
        let g = try x.requireGame(), y0 = try x.scalar("y0")
        return try RatioGameDynamics.panels(nearStationaryY: y0).map { p in
            (p, try RatioGameDynamics.sequential(p, algorithm1: algorithm1, game: g),
             RatioGameDynamics.independentGradient(eta: p.eta, iterations: p.iterations, x0: p.x0, y0: p.y0).recorded)
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

    /// mappo, App. E, Fig. 1: the sequential updates reach the global maximum in every panel — the
    /// authors' update with the value their code plots (V at agent 2's marginal).
    static let appendixEReachesMaxCode = appendixEReachesMax(
        id: "mappo.appE.sequentialReachesMax", algorithm1: false,
        reading: "the simulation's update (authors' code: θ_a += ηV(e_a, p₂), z_{a,b} += ηV(e_a, e_b)) and the value it records, V(π₁, p₂) with p₂ agent 2's marginal")

    /// The same with mappo's Algorithm 1 (exact tabular, 1/β_k = η) and the value of the joint policy.
    static let appendixEReachesMaxAlgorithm1 = appendixEReachesMax(
        id: "mappo.appE.sequentialReachesMax.alg1", algorithm1: true,
        reading: "Algorithm 1 in exact tabular form (localized Q, 1/β_k = η) and the value of the autoregressive joint policy")

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

    /// mappo, App. E, Fig. 1: "our algorithm consistently outperforms" independent PG (authors' update, plotted value).
    static let appendixEOutperformsCode = appendixEOutperforms(
        id: "mappo.appE.outperforms", algorithm1: false,
        reading: "the simulation's update and the value its code records")

    /// The same with Algorithm 1 and the joint value.
    static let appendixEOutperformsAlgorithm1 = appendixEOutperforms(
        id: "mappo.appE.outperforms.alg1", algorithm1: true,
        reading: "Algorithm 1 in exact tabular form and the joint policy's value")

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
            let y0 = try x.scalar("y0")
            let panels = Array(RatioGameDynamics.panels(nearStationaryY: y0).prefix(3))
            let runs = panels.map { RatioGameDynamics.independentGradient(eta: $0.eta, iterations: $0.iterations, x0: $0.x0, y0: $0.y0).recorded }
            var ms = zip(panels, runs).map { p, v in
                Measurement("\(p.name) max_{t≤3000} V", lhs: v.prefix(3001).max()!, .lessOrEqual, rhs: 0.6, tolerance: .exact)
            }
            let c = runs[2]
            ms.append(Measurement("(c) V at t = \(c.count - 1), as −V ≤ −0.9", lhs: -c.last!, .lessOrEqual, rhs: -0.9, tolerance: .exact))
            let escape = c.firstIndex { $0 >= 0.6 }.map(Double.init) ?? .infinity
            return Evaluation(measurements: ms, quantities: [NamedValue("(c) first t with V ≥ 0.6", escape), NamedValue("y₀", y0)])
        }, defaultInstances: 1)
}
