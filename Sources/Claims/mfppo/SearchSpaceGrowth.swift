import Foundation
import GSLKit

extension MFPPOClaims {
    static let proposition31Statement = "The search space of a permutation invariance actor (critic) network is at the order of (Σ_{k=1}^{min{|S|,N}} C(N−1, k−1) C(|S|, k)) |S| |Ā|; Additionally, if |S| < N, then the search space depends on N at the order of N^{|S|}."

    static func orderObservation(_ x: ClaimInstance, kind: RateObservation.Kind) throws -> Evaluation {
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
}

