import Foundation
import GSLKit

extension MFPPOClaims {
    /// One measurement per iteration k of an exact run: `body(k)` returns (lhs, rhs) and the
    /// relation; labels "k=…". Adds a series of both sides.
    static func perIteration(_ a: ExactMFPPOAnalysis, _ relation: Relation, what: String,
                             _ body: (Int) -> (lhs: Double, rhs: Double, label: String)) -> Evaluation {
        var measurements: [Measurement] = [], lhs: [Double] = [], rhs: [Double] = []
        for k in 0..<a.run.iterations {
            let (l, r, label) = body(k)
            lhs.append(l)
            rhs.append(r)
            measurements.append(Measurement("k = \(k)\(label.isEmpty ? "" : ", " + label)", lhs: l, relation, rhs: r, tolerance: a.tolerance(k, what: what)))
        }
        let ks = (0..<a.run.iterations).map(Double.init)
        return Evaluation(measurements: measurements, quantities: a.quantities,
                          series: [PlotSeries(name: "left side", x: ks, y: lhs, xLabel: "k", yLabel: what),
                                   PlotSeries(name: "right side", x: ks, y: rhs, xLabel: "k", yLabel: what)])
    }

    /// The state with the least margin of a per-state inequality lhs(x) ≤ rhs(x) (or ≥).
    static func worstState(_ a: ExactMFPPOAnalysis, _ relation: Relation, _ f: (Int) -> (Double, Double)) -> (lhs: Double, rhs: Double, label: String) {
        var best: (Double, Double, Int)? = nil
        for x in 0..<a.model.stateCount {
            let (l, r) = f(x)
            let margin = relation == .greaterOrEqual ? l - r : r - l
            if best == nil || margin < (relation == .greaterOrEqual ? best!.0 - best!.1 : best!.1 - best!.0) { best = (l, r, x) }
        }
        return (best!.0, best!.1, "worst state x = \(best!.2)")
    }

    static let theorem41Step2Statement = "From Lemma 6.1 in Kakade and Langford (2002), the expectation of the left hand side yields exactly (1 − γ){L(π*) − L(π_k)}: E_{ν*}⟨Q^{π_k}(s, d_S, ·), π*(·|s, d_S) − π_k(·|s, d_S)⟩ = (1 − γ){L(π*) − L(π_k)}."

    /// E_{ν*}⟨Q^{π_k}, π* − π_k⟩ with the (1−γ)-scaled Q.
    static func performanceDifference(_ a: ExactMFPPOAnalysis, _ k: Int) -> Double {
        (0..<a.model.stateCount).reduce(0.0) { acc, s in
            acc + a.reference.stationary[s] * Vector.dot(a.critic(k, s), Vector.difference(a.optimal(s), a.policy(k, s)))
        }
    }

    static let theorem41Step5Statement = "‖Q^{π_k}(s, d_S, ·)‖∞ ≤ r̄/(1 − γ), with r̄ from Assumption 2: r(·) ≤ r̄ for some r̄ > 0."
}

