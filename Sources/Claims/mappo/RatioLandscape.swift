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
