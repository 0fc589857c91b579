import Foundation

/// The terms of mappo Lemma B.6 and of its proof, eqs. (11)–(13), on one row (s, a^{1:m−1}), with
/// p = π*^m, q = π_{θ_k}^m (current), r = π_{θ_{k+1}}^m (real update), r̂ = π_{k+1}^m (ideal update with
/// the exact Q), u = (θ_{k+1}^m − θ_k^m)ᵀϕ and A = A^m_{π_{θ_k}}:
struct OneStepDescentRow {
    let p: ArraySlice<Double>, q: ArraySlice<Double>, r: ArraySlice<Double>, rIdeal: ArraySlice<Double>
    let u: ArraySlice<Double>, advantage: ArraySlice<Double>, qValues: ArraySlice<Double>
    let beta: Double

    init(_ agent: ImprovementStep.Agent, row: Int) {
        let k = agent.width, range = (row * k)..<((row + 1) * k)
        p = agent.optimal[range]; q = agent.current[range]; r = agent.next[range]; rIdeal = agent.ideal[range]
        u = agent.update[range]; advantage = agent.advantage[range]; qValues = agent.q[range]
        beta = agent.beta
    }

    private func logRatio(_ x: ArraySlice<Double>, _ y: ArraySlice<Double>) -> ArraySlice<Double> {
        ArraySlice(zip(x, y).map { log($0 / $1) })
    }

    /// KL(p‖r) − KL(p‖q): the left side of Lemma B.6.
    func klChange() throws -> Double { try RowDivergence.kl(p, r) - RowDivergence.kl(p, q) }

    /// ⟨log(r/r̂), q − p⟩ − β⁻¹⟨A, p − q⟩ − ½‖r − q‖₁² − ⟨u, q − r⟩: the right side of Lemma B.6.
    var lemmaBound: Double {
        let l1 = RowDivergence.l1(r, q)
        return RowDivergence.inner(logRatio(r, rIdeal), q, p) - RowDivergence.inner(advantage, p, q) / beta
            - 0.5 * l1 * l1 - RowDivergence.inner(u, q, r)
    }

    /// Eq. (11): KL(p‖q) − KL(p‖r) and ⟨log(r/q), p − r⟩ + KL(r‖q).
    func threePoint() throws -> (lhs: Double, rhs: Double) {
        (try RowDivergence.kl(p, q) - RowDivergence.kl(p, r), RowDivergence.inner(logRatio(r, q), p, r) + (try RowDivergence.kl(r, q)))
    }

    /// Eq. (12): ⟨log(r/q), q − r⟩ and ⟨u, q − r⟩.
    var updateIdentity: (lhs: Double, rhs: Double) {
        (RowDivergence.inner(logRatio(r, q), q, r), RowDivergence.inner(u, q, r))
    }

    /// Eq. (13): ⟨β⁻¹Q, p − q⟩ and ⟨log(r̂/q), p − q⟩.
    var idealIdentity: (lhs: Double, rhs: Double) {
        (RowDivergence.inner(qValues, p, q) / beta, RowDivergence.inner(logRatio(rIdeal, q), p, q))
    }

    /// Pinsker's inequality used in the last line: KL(r‖q) and ½‖r − q‖₁².
    func pinsker() throws -> (kl: Double, bound: Double) {
        let l1 = RowDivergence.l1(r, q)
        return (try RowDivergence.kl(r, q), 0.5 * l1 * l1)
    }

    /// The size of the terms (for round-off tolerances): max of |u|, |Q|/β and the log-ratios.
    var scale: Double {
        let logs = logRatio(r, rIdeal).map(abs).max() ?? 0
        let lq = logRatio(r, q).map(abs).max() ?? 0
        return max(u.map(abs).max() ?? 0, (qValues.map(abs).max() ?? 0) / beta, logs, lq, 1e-300)
    }
}

extension ImprovementStep.Agent {
    /// Every row (s, a^{1:m−1}) of this agent.
    var rows: [OneStepDescentRow] { (0..<sigmaStarRows.count).map { OneStepDescentRow(self, row: $0) } }
}

/// Tolerances of the one-step checks, from the numerics of the exact solves behind them.
enum StepTolerance {
    /// A pointwise comparison of terms of size `scale` made of `terms` floating-point operations on
    /// the row's probabilities and logarithms, plus the propagated Q error (|δQ|/β enters through the
    /// ideal update and the advantage).
    static func pointwise(_ agent: ImprovementStep.Agent, scale: Double, qError: Double, what: String) -> Tolerance {
        let ops = 40 * agent.width
        let v = 4 * Double(ops) * Double.ulpOfOne * scale + 4 * qError / agent.beta
        return Tolerance(v, "round-off of \(what): 4·\(ops)·ε·\(shortNumber(scale)) + 4·|δQ|/β_k with |δQ| ≤ \(shortNumber(qError)) (LU forward-error bound of Q)")
    }

    /// A σ-weighted sum of terms of size `scale` over `count` entries: round-off plus the forward
    /// errors of the stationary laws (relative, times |S|) and of Q (absolute, over β_k).
    static func weighted(_ step: ImprovementStep, _ agent: ImprovementStep.Agent, scale: Double, count: Int, what: String) -> Tolerance {
        let v = scale * (16 * Double(count) * Double.ulpOfOne + 4 * Double(count) * step.lawError) + 4 * step.qError / agent.beta
        return Tolerance(v, "round-off and forward errors of \(what): scale \(shortNumber(scale)) × (16·\(count)·ε + 4·\(count)·\(shortNumber(step.lawError))) + 4·\(shortNumber(step.qError))/β_k (κ-based bounds of the LU solves for ν and Q)")
    }
}

extension ImprovementStep {
    /// One measurement per agent m and row (s, a^{1:m−1}), labelled "m=… row=…": `sides` gives the two
    /// sides of the row, compared by `relation` within `StepTolerance.pointwise` (with the critic's
    /// error `qError` where Q̂ enters, else 0). The shape of mappo Lemma B.6 and its proof steps.
    func rowMeasurements(_ relation: Relation, qError: Double = 0, what: String,
                         _ sides: (OneStepDescentRow) throws -> (lhs: Double, rhs: Double)) rethrows -> [Measurement] {
        var ms: [Measurement] = []
        for agent in agents {
            for (row, terms) in agent.rows.enumerated() {
                let (lhs, rhs) = try sides(terms)
                ms.append(Measurement("m=\(agent.m) row=\(row)", lhs: lhs, relation, rhs: rhs,
                                      tolerance: StepTolerance.pointwise(agent, scale: terms.scale, qError: qError, what: what)))
            }
        }
        return ms
    }
}
