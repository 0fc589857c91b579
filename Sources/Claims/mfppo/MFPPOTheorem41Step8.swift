import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, proof sketch of Theorem 4.1: "By setting v_k = O(√K), and telescoping the above
    /// inequality from k = 0 to K − 1, we obtain min_{0≤k≤K−1}{L(π*) − L(π_k)} = O(1/√K)". Fitted
    /// slope of the min gap of exact runs against K ∈ {4, …, 1024} (one run per K, v_k = v√K).
    static let theorem41Step8 = Claim(
        id: "mfppo.thm4.1/step8", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4), telescoped",
        statement: "By setting v_k = O(√K), and telescoping the above inequality from k = 0 to K − 1, we obtain: min_{0≤k≤K−1}{L(π*) − L(π_k)} = O(1/√K).",
        hypotheses: "Exact tabular MF-PPO on mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, γ ∈ [0.3, 0.9]); v ∈ [0.2, 1]; K = 4, 16, …, 4⁸ = 65536 (the gap decays only once √K/v is large against 1/(action gaps of the (1−γ)-scaled Q), so the range reaches 4⁸); points with a gap below 10³× its round-off bound are left out of the fit.",
        kind: .rate,
        check: ClaimCheck(family: MeanFieldInstances.family("mean-field MDPs with v ∈ [0.2, 1]", searchable: false, extra: { rng, x in
            x.scalars["v"] = exp(rng.uniform(log(0.2), log(1)))
        })) { x in
            let model = try MeanFieldInstances.model(x)
            let reference = try MeanFieldOptimum(mdp: model.mdp)
            let v = try x.scalar("v")
            var ks: [Double] = [], gaps: [Double] = []
            for p in 1...8 {
                let K = 1 << (2 * p)
                let a = try ExactMFPPOAnalysis(model: model, reference: reference, v: v, iterations: K)
                let g = a.gaps[0..<K].min()!
                if g > 1e3 * a.tolerance(K - 1, what: "gaps").value {
                    ks.append(Double(K))
                    gaps.append(g)
                }
            }
            return Evaluation(rate: RateObservation(x: ks, y: gaps, claimedExponent: -0.5, kind: .atMost, xLabel: "K", yLabel: "min_{k<K} L(π*) − L(π_k)"),
                              quantities: [NamedValue("v", v), NamedValue("γ", model.mdp.gamma), NamedValue("points fitted", Double(ks.count))])
        },
        defaultInstances: 2)
}
