import ExactSolvers
import GSLKit

/// Optimal control on the measure space (ltde Sec. 3.2): the MDP whose state is µ ∈ P^N(S), whose
/// actions in µ are the team action distributions h ∈ H^N(µ) (the configurations of µ in Ξ), with
/// reward (1/N) Σ_i r(s^i, µ(N_{s^i}), a^i) = Σ_x Σ_a c_{x,a} r(x, µ(N_x), a)/N and kernel P_N (3.5).
/// Its optimal Q is the fixed point of the Bellman equation (3.12).
struct MeasureSpaceControl: Sendable {
    /// Q*(ξ) on Ξ.
    let actionValues: [Double]
    /// V*(µ) = max_h Q*(µ, h).
    let values: [Double]
    /// Policy-improvement steps used.
    let iterations: Int
    /// The forward-error bound of the last evaluation solve (on the measures).
    let errorBound: Double
    /// ‖T Q* − Q*‖_∞ for the operator of (3.12), recomputed at the answer.
    let bellmanResidual: Double

    /// Howard's policy iteration; an action changes only when it gains more than four times the
    /// evaluation's forward-error bound, so round-off cannot cycle.
    init(kernel: MeanFieldTransition, reward: [Double], gamma: Double, maxIterations: Int = 1000) throws {
        let space = kernel.space, nM = space.measureCount
        var choice = (0..<nM).map { space.configurations(ofMeasure: $0).lowerBound }
        for iteration in 1...maxIterations {
            var a = Matrix(rows: nM, columns: nM)
            for mu in 0..<nM {
                for (t, p) in kernel.rows[choice[mu]].enumerated() { a.storage[mu * nM + t] = -gamma * p }
                a.storage[mu * nM + mu] += 1
            }
            let v = try a.solve(choice.map { reward[$0] }).x
            let bound = DiscountedTolerance.forwardError(size: nM, gamma: gamma, scale: Vector.infinityNorm(v))
            let q = (0..<space.count).map { xi in reward[xi] + gamma * Vector.dot(kernel.rows[xi], v) }
            var changed = false
            for mu in 0..<nM {
                for xi in space.configurations(ofMeasure: mu) where q[xi] > q[choice[mu]] + 4 * bound {
                    choice[mu] = xi
                    changed = true
                }
            }
            if !changed {
                let best = (0..<nM).map { mu in space.configurations(ofMeasure: mu).map { q[$0] }.max()! }
                let tq = (0..<space.count).map { xi in reward[xi] + gamma * Vector.dot(kernel.rows[xi], best) }
                actionValues = q
                values = best
                iterations = iteration
                errorBound = bound
                bellmanResidual = Vector.infinityNorm(Vector.difference(tq, q))
                return
            }
        }
        throw SolverError.notConverged("policy iteration on the measure space did not settle in \(maxIterations) steps")
    }
}
