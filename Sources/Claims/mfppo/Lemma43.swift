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

    /// mfppo, Lemma 4.3 (Sec. 4, imported from Liu et al. 2019a), eq. (4.3), as printed: ε_k, ε'_{k+1}
    /// the squared L² errors of Lemmas 4.1–4.2, |A| the local action set, φ* with per-state policy
    /// ratios. Measured at every k of tabular MF-PPO with injected errors of known size.
    static let lemma43 = Claim(
        id: "mfppo.lem4.3", paper: .mfppo, source: "Lemma 4.3 (Sec. 4), eq. (4.3); as (E.23) in the proof of Theorem 4.1",
        statement: lemma43Statement,
        reading: "Sec. 4 as printed: ε squared as defined, |A| = local actions, φ* with per-state ratios (π* − π_k)/π_0.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try lemma43Evaluation(x, .printed) })

    /// (4.3) with the errors entering as root-mean-square values √ε_k, √ε'_{k+1}.
    static let lemma43Sqrt = Claim(
        id: "mfppo.lem4.3.sqrt", paper: .mfppo, source: "Lemma 4.3 (Sec. 4), eq. (4.3)",
        statement: lemma43Statement,
        reading: "errors as RMS: √ε_k and √ε'_{k+1} in place of ε_k and ε'_{k+1}; otherwise as printed.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try lemma43Evaluation(x, Lemma43Reading(squaredErrors: false)) })

    /// (4.3) with the errors as RMS values and M as in the source of the lemma (Liu et al. 2019a,
    /// M = 2E_{ν*} max F²_{θ_0} + 2R², which bounds E_{ν*} max (critic)² itself): M = max_k E_{ν*} max_ā Q̂_k².
    static let lemma43SourceConstants = Claim(
        id: "mfppo.lem4.3.sourceConstants", paper: .mfppo, source: "Lemma 4.3 (Sec. 4), eq. (4.3), against Liu et al. (2019a)",
        statement: lemma43Statement,
        reading: "errors as RMS (as mfppo.lem4.3.sqrt) and M with the factor 2 of the source lemma: M = max_k E_{ν*} max_ā Q̂_k².",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in
            try lemma43Evaluation(x, Lemma43Reading(squaredErrors: false, criticSquareFactor: 1))
        })

    /// (4.3) with |Ā| (meta actions, the policy's action set) in ε'_k.
    static let lemma43MetaActions = Claim(
        id: "mfppo.lem4.3.metaActions", paper: .mfppo, source: "Lemma 4.3 (Sec. 4), eq. (4.3)",
        statement: lemma43Statement,
        reading: "|Ā| (meta actions) in place of |A|; otherwise as printed.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try lemma43Evaluation(x, Lemma43Reading(metaActions: true)) })

    /// (4.3) with φ* read through state-action densities (ν*/ν_k)(π* − π_k)/π_0.
    static let lemma43StateActionRatio = Claim(
        id: "mfppo.lem4.3.stateActionRatio", paper: .mfppo, source: "Lemma 4.3 (Sec. 4), definition of φ*_k",
        statement: lemma43Statement,
        reading: "φ*_k with the state-action ratio (ν*(x)/ν_k(x))·(π* − π_k)/π_0; otherwise as printed.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try lemma43Evaluation(x, Lemma43Reading(phi: .stateAction)) })

    /// (4.3) with the appendix's error terms (E.23): ε_k = τ_{k+1}^{-1}ε_{k+1}φ*_{k+1} + v_k^{-1}ε'_kψ*_k,
    /// ε'_k = |A|τ_{k+1}^{-2}ε²_{k+1}, ε and ε' as defined in Lemmas 4.1–4.2 (ε'_0 = 0; k ≤ K − 2).
    static let lemma43Appendix = Claim(
        id: "mfppo.lem4.3.appendix", paper: .mfppo, source: "Proof of Theorem 4.1 (App. E), (E.23)",
        statement: "(1 − γ)(L(π*) − L(π_k)) ≤ E_{ν*}{v_k[KL(π*‖π_k) − KL(π*‖π_{k+1}) + ε_k + ε'_k] + v_k^{-1}M} (E.23), where ε_k and ε'_{k+1} are defined as in Lemma 4.1 and Lemma 4.2, respectively. In addition, ε_k = τ_{k+1}^{-1}ε_{k+1}φ*_{k+1} + v_k^{-1}ε'_kψ*_k, ε'_k = |A|τ_{k+1}^{-2}ε²_{k+1}.",
        reading: "the appendix's combined errors (E.23), with the roles of ε and ε' swapped against Sec. 4; ε, ε' as defined in Lemmas 4.1–4.2.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try lemma43Evaluation(x, Lemma43Reading(appendix: true)) })
}
