import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, proof of Theorem 4.1 (App. E), last step: "with the choice of N, T, m_A, m_Q in Theorem 4.1,
    /// we have ε_k = ε'_k = O(K^{-1})". The combined errors are evaluated with the orders of Lemmas
    /// 4.1–4.2 taken with unit constants, φ* = ψ* = 1, and N = K³R_A⁴ + KR_Q⁴, T = K³R_A⁴ + KR_Q⁴,
    /// m_A = K⁶R_A¹⁰ + K⁴R_A¹⁰|Ā|², m_Q = K²R_Q¹⁰, τ_{k+1}^{-1} = (k+1)/(v√K), v_k = v√K; the worst k.
    static let theorem41Step13 = Claim(
        id: "mfppo.thm4.1/step13", paper: .mfppo, source: "Theorem 4.1 (Sec. 4), second part; proof (App. E), last sentence",
        statement: "One can verify that with the choice of N, T, m_A, m_Q in Theorem 4.1, we have ε_k = ε'_k = O(K^{-1}). Plug into (E.24), we obtain the second part of Theorem 4.1.",
        reading: "orders of Lemmas 4.1–4.2 with unit constants, φ* = ψ* = 1; Alg. 1's τ_{k+1} and v_k; max over k < K of ε_k + ε'_k (Lemma 4.3's combined errors).",
        hypotheses: "R_A, R_Q ∈ [1, 4], v ∈ [0.1, 10], |Ā| = 4, |A| = 2; K = 10, …, 10⁵ (9 sizes).",
        kind: .rate,
        check: ClaimCheck(family: InstanceFamily(description: "R_A, R_Q ∈ [1, 4], v ∈ [0.1, 10]") { rng in
            ClaimInstance(scalars: ["RA": rng.uniform(1, 4), "RQ": rng.uniform(1, 4), "v": exp(rng.uniform(log(0.1), log(10)))])
        }) { x in
            let ra = try x.scalar("RA"), rq = try x.scalar("RQ"), v = try x.scalar("v")
            let metaActions = 4.0, localActions = 2.0
            let sizes = (0...8).map { (10 * pow(10, Double($0) / 2)).rounded() }
            let combined = sizes.map { K -> Double in
                let n = pow(K, 3) * pow(ra, 4) + K * pow(rq, 4), t = n
                let mA = pow(K, 6) * pow(ra, 10) + pow(K, 4) * pow(ra, 10) * metaActions * metaActions, mQ = K * K * pow(rq, 10)
                let improvement = ra * ra / t.squareRoot() + pow(ra, 2.5) / pow(mA, 0.25) + ra * ra / n.squareRoot() + pow(ra, 3) / mA.squareRoot()
                let evaluation = rq * rq / t.squareRoot() + pow(rq, 2.5) / pow(mQ, 0.25) + rq * rq / n.squareRoot() + pow(rq, 3) / mQ.squareRoot()
                let vk = v * K.squareRoot()
                return (0..<Int(K)).map { k -> Double in
                    let tauInverse = Double(k + 1) / vk
                    return tauInverse * improvement + evaluation / vk + localActions * tauInverse * tauInverse * improvement * improvement
                }.max()!
            }
            return Evaluation(rate: RateObservation(x: sizes, y: combined, claimedExponent: -1, kind: .atMost, xLabel: "K",
                                                    yLabel: "max_k (ε_k + ε'_k), combined, unit constants"),
                              quantities: [NamedValue("R_A", ra), NamedValue("R_Q", rq), NamedValue("v", v)])
        },
        defaultInstances: 2)
}
