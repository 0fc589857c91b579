import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Theorem 4.1 (Sec. 4), second part: with N, T, m_A, m_Q growing as stated the errors
    /// are small enough that min_{0≤k≤K} gap ≤ [v²(log|Ā| + O(1)) + M]/((1−γ)v√K) = O(1/√K). The
    /// network sizes cannot be reached (m_A = Ω(K⁶)); the errors they would leave are injected
    /// instead at the orders of Lemmas 4.1–4.2 under those sizes: RMS ε_k^{1/2} = c K^{-1/4},
    /// ε'^{1/2}_{k+1} = c' K^{-3/4}, in the systematic direction −(π* − π_k) (the bound must hold for
    /// every error of those sizes; random-direction errors of the same sizes cancel across iterations).
    /// Fitted slope of the min gap in K ∈ {4, 8, …, 4096}.
    static let theorem41InexactRate = Claim(
        id: "mfppo.thm4.1.inexact.rate", paper: .mfppo, source: "Theorem 4.1 (Sec. 4), second part",
        statement: "In particular, suppose at each iteration of MF-PPO, we observe N = Ω(K³R_A⁴ + KR_Q⁴) agents, and the actor/critic network satisfies m_A = Ω(K⁶R_A¹⁰ + K⁴R_A¹⁰|Ā|²), m_Q = Ω(K²R_Q¹⁰), and T = Ω(K³R_A⁴ + KR_Q⁴), then we have min_{0≤k≤K}{L(π*) − L(π_k)} ≤ (v²(log|Ā| + O(1)) + M)/((1 − γ)v√K).",
        reading: "the O(1) hides constants: checked as a rate, min gap = O(K^{-1/2}), with the errors those sizes leave (ε_k ∝ K^{-1/2}, ε'_{k+1} ∝ K^{-3/2}) injected.",
        hypotheses: "Tabular MF-PPO on mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, γ ∈ [0.3, 0.9]); v ∈ [0.2, 1]; c, c' ∈ [0.01, 0.3] log-uniform; errors in the systematic direction −(π* − π_k) on the support of ν*; K = 4, 8, …, 4096; points with a gap below 10³× round-off are left out of the fit.",
        kind: .rate,
        check: ClaimCheck(family: MeanFieldInstances.family("mean-field MDPs with v ∈ [0.2, 1] and error scales", searchable: false, extra: { rng, x in
            x.scalars["v"] = exp(rng.uniform(log(0.2), log(1)))
            x.scalars["criticScale"] = exp(rng.uniform(log(0.01), log(0.3)))
            x.scalars["actorScale"] = exp(rng.uniform(log(0.01), log(0.3)))
            x.integers["errorDirection"] = ErrorInjection.Direction.adversarial.rawValue
        })) { x in
            let model = try MeanFieldInstances.model(x)
            let v = try x.scalar("v"), c = try x.scalar("criticScale"), cp = try x.scalar("actorScale")
            guard let direction = ErrorInjection.Direction(rawValue: try x.integer("errorDirection")) else {
                throw ClaimError.outsideHypotheses("errorDirection must be 0 or 1")
            }
            var ks: [Double] = [], gaps: [Double] = []
            for p in 2...12 {
                let K = 1 << p
                let injection = ErrorInjection(criticRMS: c * pow(Double(K), -0.25), actorRMS: cp * pow(Double(K), -0.75), direction: direction,
                                               seed: SeedSequence.derive(x.seed, "K\(K)"))
                let a = try InexactMFPPOAnalysis(model: model, v: v, iterations: K, injection: injection)
                let g = a.gaps.min()!
                if g > 1e3 * a.tolerance(what: "gaps").value {
                    ks.append(Double(K))
                    gaps.append(g)
                }
            }
            return Evaluation(rate: RateObservation(x: ks, y: gaps, claimedExponent: -0.5, kind: .atMost, xLabel: "K", yLabel: "min_{k≤K} L(π*) − L(π_k)"),
                              quantities: [NamedValue("v", v), NamedValue("c", c), NamedValue("c'", cp), NamedValue("γ", model.mdp.gamma),
                                           NamedValue("points fitted", Double(ks.count))])
        },
        defaultInstances: 3)
}
