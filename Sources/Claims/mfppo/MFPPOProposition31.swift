import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Proposition 3.1 (Sec. 3) with its proof (App. D): the tabular size of an invariant
    /// F(s, s, ā) = F(s, κ(s), ā) is |S| · #(S^N / S_N) · |Ā|, and the number of permutation classes
    /// of S^N is Σ_{k=1}^{min{|S|,N}} C(N−1, k−1) C(|S|, k). Measured: the classes enumerated by
    /// brute force against the printed sum, for every |S| ≤ 5, N ≤ 9 with |S|^N ≤ 2·10⁵ (exact
    /// integers; one measurement per pair).
    static let proposition31 = Claim(
        id: "mfppo.prop3.1", paper: .mfppo, source: "Proposition 3.1 (Sec. 3); proof in App. D",
        statement: proposition31Statement,
        reading: "the count: #classes of S^N under permutation = Σ_{k=1}^{min{|S|,N}} C(N−1, k−1) C(|S|, k) (times |S||Ā| for the table of F).",
        hypotheses: "All |S| ∈ {1, …, 5}, N ∈ {1, …, 9} with |S|^N ≤ 2·10⁵; exact integer arithmetic.",
        kind: .identity,
        check: ClaimCheck(family: .fixed("every (|S|, N) with |S| ≤ 5, N ≤ 9, |S|^N ≤ 2·10⁵", ClaimInstance())) { _ in
            var measurements: [Measurement] = []
            for k in 1...5 {
                for n in 1...9 where pow(Double(k), Double(n)) <= 2e5 {
                    measurements.append(Measurement("|S| = \(k), N = \(n)", lhs: Double(PopulationCounting.enumeratedClasses(localStates: k, agents: n)),
                                                    .equal, rhs: Double(PopulationCounting.printedClassCount(localStates: k, agents: n)), tolerance: .exact))
                }
            }
            return Evaluation(measurements: measurements,
                              quantities: [NamedValue("(|S|, N) pairs", Double(measurements.count))],
                              notes: ["the sum equals C(N + |S| − 1, |S| − 1) (Vandermonde), the number of multisets of size N from |S| values"])
        },
        defaultInstances: 1)
}
