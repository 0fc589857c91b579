import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, proof of Theorem 4.1 (App. E): "τ_{k+1}^{-1} ε'_{k+1} φ*_{k+1} = O(k K^{-1} φ*_k (…))":
    /// the factor τ_{k+1}^{-1} = (k+1)/(v√K) of Alg. 1 against the printed k/K. Measured: the worst
    /// ratio max_{1≤k<K} τ_{k+1}^{-1}/(k/K), which the O(·) requires to stay bounded in K
    /// (fitted exponent in K ∈ [10, 10⁵], claimed 0).
    static let theorem41Step12 = Claim(
        id: "mfppo.thm4.1/step12", paper: .mfppo, source: "Theorem 4.1, proof (App. E), after (E.24)",
        statement: "To control ε_k and ε'_k, we have τ_{k+1}^{-1} ε'_{k+1} φ*_{k+1} = O(k K^{-1} φ*_k (R_α² T^{-1/2} + R_α^{5/2} m_A^{-1/4} + R_α² N^{-1/2})), |A| τ_{k+1}^{-2} (ε'_{k+1})² = O(k² K^{-1} |A| (…)²), v_k^{-1} ε_k ψ*_k = O(K^{-1/2} ψ*_k (…)).",
        reading: "the factor of the first term: τ_{k+1}^{-1} = (k+1)/(v√K) (Alg. 1) must be O(k/K) uniformly in k, K.",
        hypotheses: "v ∈ [0.1, 10] log-uniform; K = 10, …, 10⁵ (9 sizes).",
        kind: .rate,
        check: ClaimCheck(family: InstanceFamily(description: "v ∈ [0.1, 10]") { rng in ClaimInstance(scalars: ["v": exp(rng.uniform(log(0.1), log(10)))]) }) { x in
            let v = try x.scalar("v")
            let sizes = (0...8).map { (10 * pow(10, Double($0) / 2)).rounded() }
            let ratios = sizes.map { K -> Double in
                (1..<Int(K)).map { k in (Double(k + 1) / (v * K.squareRoot())) / (Double(k) / K) }.max()!
            }
            return Evaluation(rate: RateObservation(x: sizes, y: ratios, claimedExponent: 0, kind: .atMost, xLabel: "K",
                                                    yLabel: "max_k τ_{k+1}^{-1}/(k/K)"),
                              quantities: [NamedValue("v", v)],
                              notes: ["τ_{k+1}^{-1}·K/k = (k+1)√K/(v k): largest at k = 1, where it is 2√K/v, and √K/v at k = K − 1; the printed k/K would need τ_{k+1}^{-1} to shrink like 1/K"])
        },
        defaultInstances: 2)
}
