import Foundation
import GSLKit

extension MFPPOClaims {
    static let proposition31Statement = "The search space of a permutation invariance actor (critic) network is at the order of (Σ_{k=1}^{min{|S|,N}} C(N−1, k−1) C(|S|, k)) |S| |Ā|; Additionally, if |S| < N, then the search space depends on N at the order of N^{|S|}."

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

    private static func orderObservation(_ x: ClaimInstance, kind: RateObservation.Kind) throws -> Evaluation {
        let k = try x.integer("localStates")
        guard (2...5).contains(k) else { throw ClaimError.outsideHypotheses("|S| = \(k) not in 2…5") }
        let metaActions = pow(2.0, Double(k))
        let sizes = (0...8).map { (100 * pow(10, Double($0) / 4)).rounded() }
        let y = sizes.map { PopulationCounting.printedClassCountReal(localStates: k, agents: Int($0)) * Double(k) * metaActions }
        return Evaluation(rate: RateObservation(x: sizes, y: y, claimedExponent: Double(k), kind: kind, xLabel: "N (agents)",
                                                yLabel: "(Σ C(N−1,k−1)C(|S|,k))·|S|·|Ā|"),
                          quantities: [NamedValue("|S|", Double(k)), NamedValue("|Ā| = 2^{|S|}", metaActions),
                                       NamedValue("true growth exponent |S| − 1", Double(k - 1))],
                          notes: ["N from 10² to 10⁴ (> |S|), where C(N+|S|−1, |S|−1) ~ N^{|S|−1}/(|S|−1)! is in its asymptotic regime"])
    }

    /// Proposition 3.1's second sentence read as a tight order: the search space grows like N^{|S|}
    /// (fitted log–log slope in N, 10² ≤ N ≤ 10⁴, |S| ∈ {2, 3, 4}).
    static let proposition31Order = Claim(
        id: "mfppo.prop3.1.order", paper: .mfppo, source: "Proposition 3.1 (Sec. 3), second sentence",
        statement: proposition31Statement,
        reading: "\"depends on N at the order of N^{|S|}\" as a tight order Θ(N^{|S|}).",
        hypotheses: "|S| ∈ {2, 3, 4} (|S| < N), |Ā| = 2^{|S|}; N ∈ [10², 10⁴], 9 log-spaced sizes.",
        kind: .rate,
        check: ClaimCheck(family: InstanceFamily(description: "|S| ∈ {2, 3, 4}") { rng in
            ClaimInstance(integers: ["localStates": rng.integer(in: 2...4)])
        }) { x in try orderObservation(x, kind: .exactly) },
        defaultInstances: 3)

    /// The same sentence read as an upper bound O(N^{|S|}).
    static let proposition31OrderUpper = Claim(
        id: "mfppo.prop3.1.order.upper", paper: .mfppo, source: "Proposition 3.1 (Sec. 3), second sentence",
        statement: proposition31Statement,
        reading: "\"at the order of N^{|S|}\" as an upper bound O(N^{|S|}).",
        hypotheses: "As mfppo.prop3.1.order.",
        kind: .rate,
        check: ClaimCheck(family: InstanceFamily(description: "|S| ∈ {2, 3, 4}") { rng in
            ClaimInstance(integers: ["localStates": rng.integer(in: 2...4)])
        }) { x in try orderObservation(x, kind: .atMost) },
        defaultInstances: 3)
}
