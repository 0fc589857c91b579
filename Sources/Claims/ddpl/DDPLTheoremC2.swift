import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension DDPLClaims {
    static let theoremC2Statement = """
        Consider the setting of Theorem C.1 and Algorithm 1. Suppose in every epoch k, the learned policy π_i^k of all \
        agents i ∈ [n] satisfies D_TV(π_i^k(·|s), π_i^{⋆,k}(·|s)) ≤ ε_is for all i ∈ [n], k ∈ [K], s ∈ S, then \
        Σ_{k=0}^{K−1} NE-gap(π^k)²/K ≤ (6M(r_max − r_min)²/(c(1−γ)³)) · n/K + (12M(r_max − r_min)²/(c(1−γ)⁴)) · n² ε_is, \
        where M and c are defined in Theorem C.1.
        """

    /// ddpl, Theorem C.2 (App. C), eq. (80), as printed, reading c_π = min_i min_s … as in `ddpl.thmC.1`.
    /// Left side: the running mean of NE-gap² along a DecSPG run whose updates are perturbed by a chosen
    /// amount (mixing with uniform, or mass moved to the worst action); right side: the paper's
    /// constants with ε_is := the measured max_{k≤K,i,s} D_TV(π_i^k, π̃_i^k), where π̃^k is the exact
    /// update of the actual previous iterate (the proof's π_i^{⋆,k}), M exact, c = min over the run.
    static let theoremC2 = Claim(
        id: "ddpl.thmC.2", paper: .ddpl, source: "Theorem C.2 (App. C), eq. (80)",
        statement: theoremC2Statement,
        reading: "π_i^{⋆,k} is the exact softmax update of the learned π^{k−1} (the proof's π̃_i^k); c_π = min_i min_s … as in ddpl.thmC.1",
        hypotheses: "see family; η = (1−γ)²/(2n(r_max − r_min)); M exact; c = min_{k<K} min_i c_{π^k,i} on the perturbed run; ε_is measured",
        kind: .upperBound,
        check: ClaimCheck(family: decSPGFamily(epochs: 1000, perturbed: true)) { x in
            let g = try x.requireGame(), pi0 = try x.productPolicy("pi0"), count = try x.integer("epochs")
            let eta = ExactDecSPG.theoremStepSize(g)
            let run = try DecSPGTrajectory(game: g, initial: pi0, eta: eta, epochs: count, perturbation: try perturbation(of: x))
            let m = try VisitationConstant.exact(g)
            let (rMin, rMax) = g.rewards.range
            let dr = rMax - rMin, n = Double(g.agentCount), oneMinus = 1 - g.gamma
            let means = run.runningMeanSquaredGap
            let gapError = run.epochs.map(\.nashGap.errorBound).max()!, largestGap = run.epochs.map(\.nashGap.value).max()!
            let tolerance = Tolerance(2 * largestGap * gapError + gapError * gapError,
                                      "NE-gaps from exact solves, each within \(shortNumber(gapError)); their squares within 2·max gap·that")
            var measurements: [Measurement] = [], bounds: [Double] = [], epsilon = 0.0
            for kk in 1...count {
                epsilon = max(epsilon, run.epochs[kk - 1].updateError)
                let c = run.argmaxConstant(upTo: kk)
                let rhs = 6 * m * dr * dr / (c * pow(oneMinus, 3)) * n / Double(kk) + 12 * m * dr * dr / (c * pow(oneMinus, 4)) * n * n * epsilon
                bounds.append(rhs)
                measurements.append(Measurement("K=\(kk)", lhs: means[kk - 1], .lessOrEqual, rhs: rhs, tolerance: tolerance,
                                                trivialBound: dr * dr / (oneMinus * oneMinus)))
            }
            let c = run.argmaxConstant(upTo: count)
            let ks = (1...count).map(Double.init)
            return Evaluation(
                measurements: measurements,
                quantities: [
                    NamedValue("n", n), NamedValue("γ", g.gamma), NamedValue("r_max − r_min", dr), NamedValue("η", eta),
                    NamedValue("ε_is (measured)", epsilon), NamedValue("M (exact)", m), NamedValue("c_K", c),
                    NamedValue("6M(Δr)²n/(c(1−γ)³K) at K", 6 * m * dr * dr / (c * pow(oneMinus, 3)) * n / Double(count)),
                    NamedValue("12M(Δr)²n²ε_is/(c(1−γ)⁴)", 12 * m * dr * dr / (c * pow(oneMinus, 4)) * n * n * epsilon),
                    NamedValue("mean NE-gap² at K", means.last!), NamedValue("NE-gap(π^{K−1})", run.epochs.last!.nashGap.value),
                ],
                series: [PlotSeries(name: "(1/K) Σ NE-gap²", x: ks, y: means, xLabel: "K", yLabel: "mean squared NE-gap"),
                         PlotSeries(name: "Theorem C.2 bound", x: ks, y: bounds, xLabel: "K", yLabel: "mean squared NE-gap")],
                notes: ["updates: \(run.perturbation.label)"])
        })
}
