import GSLKit

/// The optimum of a `FiniteMDP`: V*, Q* and an optimal deterministic policy.
public struct OptimalSolution: Sendable {
    /// V*(s).
    public let values: [Double]
    /// Q*(s,a), flat [s][a].
    public let actionValues: [Double]
    /// An optimal deterministic policy: the action chosen in each state.
    public let actions: [Int]
    /// Iterations used (policy-improvement steps or value-iteration sweeps).
    public let iterations: Int
    /// ‖T V − V‖_∞ with T the Bellman optimality operator, recomputed at the answer.
    public let bellmanResidual: Double
    /// What `bellmanResidual` may be for an exact answer computed in floating point (policy
    /// iteration) or for an answer within the stopping tolerance (value iteration).
    public let bellmanResidualTolerance: Double

    /// J* = ρ₀ · V*.
    public func objective(initial: [Double]) -> Double { Vector.dot(initial, values) }
}

extension FiniteMDP {
    /// max_a Q(s,a) per state and the first maximising action.
    func greedy(_ q: [Double]) -> (values: [Double], actions: [Int]) {
        var values = [Double](repeating: 0, count: stateCount), actions = [Int](repeating: 0, count: stateCount)
        for s in 0..<stateCount {
            var best = -Double.infinity, arg = 0
            for a in 0..<actionCount where q[s * actionCount + a] > best {
                best = q[s * actionCount + a]
                arg = a
            }
            values[s] = best
            actions[s] = arg
        }
        return (values, actions)
    }

    /// ‖T V − V‖_∞ for the Bellman optimality operator T.
    public func bellmanOptimalityResidual(_ values: [Double]) -> Double {
        let tv = greedy(actionValues(from: values)).values
        return Vector.infinityNorm(Vector.difference(tv, values))
    }

    /// Howard's policy iteration: exact evaluation by LU, greedy improvement that changes an action
    /// only when it gains more than the evaluation's forward-error bound (so round-off cannot cycle).
    /// Terminates in finitely many steps at an optimal deterministic policy.
    public func policyIteration(maxIterations: Int = 10_000) throws(SolverError) -> OptimalSolution {
        var actions = greedy(rewards).actions
        for iteration in 1...maxIterations {
            let eval = try solving { () throws(GSLError) in try PolicyEvaluation(mdp: self, policy: deterministicPolicy(actions)) }
            // Q = r + γPV inherits V's absolute error (≤ forwardErrorBound); comparing two entries
            // doubles it, and the factor 2 more covers the rounding of r + γPV itself.
            let margin = 4 * eval.forwardErrorBound
            var changed = false
            for s in 0..<stateCount {
                let current = eval.actionValues[s * actionCount + actions[s]]
                var best = current, arg = actions[s]
                for a in 0..<actionCount where eval.actionValues[s * actionCount + a] > best + margin {
                    best = eval.actionValues[s * actionCount + a]
                    arg = a
                }
                if arg != actions[s] { actions[s] = arg; changed = true }
            }
            if !changed {
                // TV − V = (max_a Q − Q(·,π)) + (Q(·,π) − V): the first is below the improvement margin,
                // the second is the linear residual recomputed in floating point (≤ 2× its tolerance).
                return OptimalSolution(values: eval.values, actionValues: eval.actionValues, actions: actions,
                                       iterations: iteration, bellmanResidual: bellmanOptimalityResidual(eval.values),
                                       bellmanResidualTolerance: 2 * eval.residualTolerance + margin)
            }
        }
        throw .notConverged("policy iteration did not settle in \(maxIterations) improvement steps")
    }

    /// Value iteration V ← max_a (r + γPV) from V = 0 until ‖V_{k+1} − V_k‖_∞ ≤ tolerance·(1−γ)/(2γ),
    /// which guarantees ‖V_k − V*‖_∞ ≤ tolerance/2 (Puterman, Thm. 6.3.1).
    public func valueIteration(tolerance: Double = 1e-12, maxIterations: Int = 1_000_000) throws(SolverError) -> OptimalSolution {
        var v = [Double](repeating: 0, count: stateCount)
        let threshold = gamma == 0 ? 0 : tolerance * (1 - gamma) / (2 * gamma)
        for iteration in 1...maxIterations {
            let q = actionValues(from: v)
            let next = greedy(q).values
            let change = Vector.infinityNorm(Vector.difference(next, v))
            v = next
            if change <= threshold {
                // ‖TV − V‖ ≤ ‖TV − V*‖ + ‖V* − V‖ ≤ (1+γ)‖V − V*‖ ≤ (1+γ)·tolerance/2, plus the rounding
                // of one application of T.
                let qFinal = actionValues(from: v)
                let rounding = DiscountedTolerance.residual(size: stateCount, gamma: gamma, scale: max(Vector.infinityNorm(v), maxAbsoluteReward))
                return OptimalSolution(values: v, actionValues: qFinal, actions: greedy(qFinal).actions,
                                       iterations: iteration, bellmanResidual: bellmanOptimalityResidual(v),
                                       bellmanResidualTolerance: (1 + gamma) * tolerance / 2 + rounding)
            }
        }
        throw .notConverged("value iteration did not reach \(tolerance) in \(maxIterations) sweeps")
    }
}
