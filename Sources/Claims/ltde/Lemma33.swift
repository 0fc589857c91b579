import Foundation
import GSLKit

extension LTDEClaims {
    /// ltde, Lemma 3.3, eq. (3.13): Q_s^Π of (3.11) solves Q = T_s^Π Q. Left side: T_s^Π applied
    /// to Q_s^Π computed from its definition (3.11) as a discounted series (not by a solve); right
    /// side: that Q_s^Π. Every team s, both readings of r_s (the identity does not depend on it).
    static func lemma33(_ reading: BellmanReading) -> Claim {
        Claim(
            id: "ltde.lem3.3.\(reading.rawValue)", paper: .ltde, source: "Lemma 3.3 (Sec. 3.2), eq. (3.13)",
            statement: "Given a policy Π ∈ U, Q_s^Π defined in (3.11) is the unique solution to the Bellman equation Q_s^Π = T_s^Π Q_s^Π, with T_s^Π Q_s^Π(µ, h) = E_{µ'~P_N(·|µ,h), h'~Π(·|µ)}[r_s(µ, h) + γ·Q_s^Π(µ', h')], ∀(µ, h) ∈ Ξ (3.13).",
            reading: reading.phrase,
            hypotheses: "path family of ltde.lem3.5; Π ∈ U induced by a random π; every team s; r_s under both readings of (3.6)",
            kind: .identity,
            check: ClaimCheck(family: networkFamily(.path)) { x in
                let problem = try TeamProblem(x)
                let op = TeamBellmanOperator(problem: problem, reading: reading)
                var measurements: [Measurement] = []
                for rewardReading in TeamRewardReading.allCases {
                    let rewards = problem.rewards(rewardReading)
                    var worst = WorstDiscrepancy(), tolerance = Tolerance.exact
                    for s in 0..<problem.space.nodeCount {
                        let series = problem.chain.discountedSeries(reward: rewards.values[s])
                        let tq = op.apply(series.values, reward: rewards.values[s])
                        let scale = Vector.infinityNorm(series.values)
                        let tol = Tolerance(series.tail * (1 + problem.gamma), "series tail γ^T sup|r_s|/(1−γ)·(1+γ), T = \(series.terms)")
                            + .roundoff(scale: scale, operations: series.terms + problem.space.count, what: "the series and one application of T")
                        for xi in 0..<tq.count where worst.record(tq[xi], series.values[xi], "\(rewardReading.rawValue) r_s, s = \(s), ξ = \(xi)") {
                            tolerance = tol
                        }
                    }
                    measurements.append(worst.measurement(tolerance: tolerance))
                }
                return Evaluation(measurements: measurements, quantities: [NamedValue("γ", problem.gamma), NamedValue("|Ξ|", Double(problem.space.count))],
                                  notes: [problem.instance.description])
            })
    }

    /// ltde, Lemma 3.3, uniqueness: T_s^Π is a γ-contraction in sup norm (so its fixed point is
    /// unique). Left side ‖TQ₁ − TQ₂‖_∞, right side γ‖Q₁ − Q₂‖_∞ for random Q₁, Q₂, both readings.
    static let lemma33Contraction = Claim(
        id: "ltde.lem3.3.contraction", paper: .ltde, source: "Lemma 3.3 (Sec. 3.2), \"the unique solution\"",
        statement: "Given a policy Π ∈ U, Q_s^Π defined in (3.11) is the unique solution to the Bellman equation Q_s^Π = T_s^Π Q_s^Π.",
        reading: "uniqueness through ‖T_s^Π Q₁ − T_s^Π Q₂‖_∞ ≤ γ‖Q₁ − Q₂‖_∞, for both readings of (3.13)",
        hypotheses: "path family of ltde.lem3.5; Q₁, Q₂ with i.i.d. N(0, 1) entries on Ξ",
        kind: .upperBound,
        check: ClaimCheck(family: networkFamily(.path)) { x in
            let problem = try TeamProblem(x)
            let rng = RandomSource(seed: x.seed).child("Q")
            let n = problem.space.count
            let q1 = (0..<n).map { _ in rng.normal() }, q2 = (0..<n).map { _ in rng.normal() }
            let r = problem.rewards(.printed).values[0]
            let distance = Vector.infinityNorm(Vector.difference(q1, q2))
            let measurements = BellmanReading.allCases.map { reading in
                let op = TeamBellmanOperator(problem: problem, reading: reading)
                let lhs = Vector.infinityNorm(Vector.difference(op.apply(q1, reward: r), op.apply(q2, reward: r)))
                return Measurement(reading.rawValue, lhs: lhs, .lessOrEqual, rhs: problem.gamma * distance,
                                   tolerance: .roundoff(scale: distance, operations: 2 * n, what: "two applications of T"))
            }
            return Evaluation(measurements: measurements, quantities: [NamedValue("γ", problem.gamma), NamedValue("‖Q₁ − Q₂‖∞", distance)],
                              notes: [problem.instance.description])
        })
}
