import Foundation
import GSLKit
import MarkovGames

extension DDPLClaims {
    static let section41RenyiStatement = "The one-step policy update error in Theorem 4.1 also decays with D_4(π_i^{⋆,k}(·|s) ‖ p̃(·|s)) … Theoretical guarantee of Algorithm 1 (Theorem C.1) suggests a decreasing distance between the current policy π_i^{k−1}(·|s) and the target policy π_i^{⋆,k}(·|s), since the sequence of policies {π_i^{⋆,k}(·|s)} converges. Therefore, with p̃(·|s) = π_i^{k−1}(·|s), we can expect accurate policy update with less and less samples during training."

    /// D_4(π_i^{⋆,k}(·|s) ‖ π_i^{k−1}(·|s)) = (1/3)[ln E e^{4λQ̄} − 4 ln E e^{λQ̄}] (E under π_i^{k−1}(·|s)), in log space.
    static func renyiFourOfUpdate(policy row: ArraySlice<Double>, q: ArraySlice<Double>, lambda: Double) -> Double {
        let logs = row.map { $0 > 0 ? log($0) : -.infinity }
        let four = Special.logSumExp(zip(logs, q).map { $0 + 4 * lambda * $1 })
        let one = Special.logSumExp(zip(logs, q).map { $0 + lambda * $1 })
        return (four - 4 * one) / 3
    }

    /// Per-(i, s) monotonicity of D_4(π^{⋆,k} ‖ π^{k−1}) along an exact DecSPG run with step η.
    static func renyiDecreaseEvaluation(_ x: ClaimInstance, eta: (Game) -> Double, etaName: String) throws -> Evaluation {
        let g = try x.requireGame()
        let step = eta(g), lambda = step / (1 - g.gamma)
        let run = try DecSPGTrajectory(game: g, initial: try x.productPolicy("pi0"), eta: step, epochs: try x.integer("epochs"))
        var measurements: [Measurement] = [], series: [PlotSeries] = []
        var increases = 0, largest = 0.0
        for i in 0..<g.agentCount {
            let k = g.agents[i].actionCount
            for s in 0..<g.stateCount {
                let row = (s * k)..<((s + 1) * k)
                let values = run.epochs.map { renyiFourOfUpdate(policy: $0.policy.tables[i][row], q: $0.views[i].agent.averagedQ[row], lambda: lambda) }
                largest = max(largest, values.max()!)
                for kk in 1..<values.count {
                    // D_4 is a difference of two log-sum-exps of size λ·max|Q̄|; each carries a few ε of that.
                    let scale = lambda * Vector.infinityNorm(Array(run.epochs[kk].views[i].agent.averagedQ[row])) + 1
                    measurements.append(Measurement("i=\(i + 1), s=\(s), k=\(kk)", lhs: values[kk], .lessOrEqual, rhs: values[kk - 1],
                                                    tolerance: .roundoff(scale: scale, operations: 16 * k, what: "two log-sum-exps")))
                    if values[kk] > values[kk - 1] { increases += 1 }
                }
                if s == 0 {
                    series.append(PlotSeries(name: "D_4, agent \(i + 1), s0", x: values.indices.map(Double.init), y: values, xLabel: "epoch k", yLabel: "D_4(π^{⋆,k+1}‖π^k)"))
                }
            }
        }
        return Evaluation(measurements: measurements,
                          quantities: [NamedValue("η (\(etaName))", step), NamedValue("λ", lambda), NamedValue("largest D_4", largest),
                                       NamedValue("steps where D_4 increased", Double(increases)), NamedValue("steps", Double(measurements.count))],
                          series: series)
    }

    /// ddpl, Sec. 4.1 (Theoretical Guarantee), the heuristic that D_4(π^{⋆,k} ‖ π^{k−1}) decreases during
    /// training, at the step size of Theorem C.1. A heuristic in the text, checked per (i, s) and step.
    static let section41RenyiDecrease = Claim(
        id: "ddpl.sec4.1.d4", paper: .ddpl, source: "Sec. 4.1 (Theoretical Guarantee, last paragraph)",
        statement: section41RenyiStatement,
        reading: "D_4(π_i^{⋆,k}(·|s) ‖ π_i^{k−1}(·|s)) is non-increasing in k for every agent i and state s, on exact DecSPG runs with the step size of Theorem C.1",
        hypotheses: "random identical-interest games as in ddpl.thmC.1, exact Q, K = 300 epochs",
        kind: .monotone,
        check: ClaimCheck(family: decSPGFamily(epochs: 300)) { x in
            try renyiDecreaseEvaluation(x, eta: ExactDecSPG.theoremStepSize, etaName: "Theorem C.1")
        })
}
