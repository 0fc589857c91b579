import Foundation
import GSLKit

extension MFPPOClaims {
    static let lemma43Statement = "Let ε_k (evaluation error) and ε'_{k+1} (improvement error) be defined as in Lemma 4.1 and Lemma 4.2, respectively. We have: (1 − γ){L(π*) − L(π_k)} ≤ v_k E_{ν*}{KL(π*(·|s, d_S) ‖ π_k(·|s, d_S)) − KL(π*(·|s, d_S) ‖ π_{k+1}(·|s, d_S))} + v_k(ε_k + ε'_k) + v_k^{-1} M (4.3), where ε_k = τ_{k+1}^{-1} ε'_{k+1} φ*_{k+1} + v_k^{-1} ε_k ψ*_k, ε'_k = |A| τ_{k+1}^{-2} (ε'_{k+1})², M = E_{ν*}{max_{ā∈Ā}[F^Q_{θ_0}(s, d_S, ā)]²} + 2R_A². In addition, φ*_k = E_{σ̃_k}[|dπ*/dπ_0 − dπ_k/dπ_0|²]^{1/2}, ψ*_k = E_{σ_k}[|dσ*/dσ_k − d(ν* × π_k)/dσ_k|²]^{1/2}."

    static let lemma43Hypotheses = "Tabular MF-PPO on mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, |Ā| = 4, γ ∈ [0.3, 0.9], rewards in [−1, 1]) with injected critic errors e_k (E_{σ_k} e_k² = ε_k) and actor errors e'_{k+1} (E_{σ̃_k} e'² = ε'_{k+1}), RMS in [10⁻³, 0.3], random or adversarial directions; v ∈ [0.05, 5], K ∈ {2, …, 16}, v_k = v√K, τ_{k+1} = v√K/(k+1); ν_k, ν* stationary distributions; V, Q, L (1−γ)-scaled; M = ½ max_k E_{ν*} max_ā Q̂_k² (the bound on the squared critic that M's printed form supplies, since F²_{θ_k} ≤ 2F²_{θ_0} + 2R²; no network, R_A = 0) unless the reading says otherwise."

    /// (4.3) at every iteration k of an error-injected run, under `reading`.
    static func lemma43Evaluation(_ x: ClaimInstance, _ reading: Lemma43Reading) throws -> Evaluation {
        let a = try InexactMFPPOAnalysis(x)
        var measurements: [Measurement] = [], lhsSeries: [Double] = [], rhsSeries: [Double] = []
        let vk = a.run.proximity
        var worst: (margin: Double, terms: [NamedValue])? = nil
        for k in 0..<a.run.iterations {
            guard let (eps, epsPrime) = a.combinedErrors(k, reading) else { continue }
            let lhs = (1 - a.gamma) * a.gaps[k]
            let rhs = vk * (a.divergences[k] - a.divergences[k + 1]) + vk * (eps + epsPrime) + a.M(reading) / vk
            if worst == nil || rhs - lhs < worst!.margin {
                worst = (rhs - lhs, [NamedValue("worst k", Double(k)), NamedValue("v_k(D_k − D_{k+1}) at worst k", vk * (a.divergences[k] - a.divergences[k + 1])),
                                     NamedValue("v_k·ε_k (combined) at worst k", vk * eps), NamedValue("v_k·ε'_k (combined) at worst k", vk * epsPrime),
                                     NamedValue("M", a.M(reading)), NamedValue("M/v_k", a.M(reading) / vk), NamedValue("M for which (4.3) holds at every k", a.M(reading) + max(0, vk * (lhs - rhs)))])
            }
            lhsSeries.append(lhs)
            rhsSeries.append(rhs)
            measurements.append(Measurement("k = \(k)", lhs: lhs, .lessOrEqual, rhs: rhs, tolerance: a.tolerance(what: "(4.3)"),
                                            trivialBound: 2 * (1 - a.gamma) * a.model.maxAbsoluteReward))
        }
        let ks = (0..<lhsSeries.count).map(Double.init)
        var needed = a.M(reading)
        for k in 0..<a.run.iterations {
            guard let (eps, epsPrime) = a.combinedErrors(k, reading) else { continue }
            let gapTerm = (1 - a.gamma) * a.gaps[k] - vk * (a.divergences[k] - a.divergences[k + 1]) - vk * (eps + epsPrime)
            needed = max(needed, vk * gapTerm)
        }
        var terms = worst?.terms ?? []
        if let i = terms.firstIndex(where: { $0.name.hasPrefix("M for which") }) { terms[i] = NamedValue("M for which (4.3) holds at every k", needed) }
        return Evaluation(measurements: measurements, quantities: a.quantities + terms,
                          series: [PlotSeries(name: "(1−γ)(L* − L(π_k))", x: ks, y: lhsSeries, xLabel: "k", yLabel: "(4.3)"),
                                   PlotSeries(name: "right side of (4.3)", x: ks, y: rhsSeries, xLabel: "k", yLabel: "(4.3)")])
    }
}

