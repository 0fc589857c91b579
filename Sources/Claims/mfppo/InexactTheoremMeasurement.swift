import Foundation
import GSLKit

extension MFPPOClaims {
    /// Theorem 4.1's first display on an error-injected run: min_{0≤k≤K} gap_k against
    /// v(log|Ā| + Σ_{k=first}^{K−1}(ε_k + ε'_k))/((1−γ)√K) + M/((1−γ)v√K) with Lemma 4.3's combined errors.
    static func inexactTheoremEvaluation(_ x: ClaimInstance, firstIndex: Int, reading: Lemma43Reading) throws -> Evaluation {
        let a = try InexactMFPPOAnalysis(x)
        let K = a.run.iterations, v = a.run.v
        var sum = 0.0
        for k in firstIndex..<K {
            guard let (e, ep) = a.combinedErrors(k, reading) else { continue }
            sum += e + ep
        }
        let rootK = Double(K).squareRoot()
        let bound = v * (log(Double(a.model.actionCount)) + sum) / ((1 - a.gamma) * rootK) + a.M(reading) / ((1 - a.gamma) * v * rootK)
        return Evaluation(
            measurements: [Measurement("min_{0≤k≤K} L(π*) − L(π_k)", lhs: a.gaps.min()!, .lessOrEqual, rhs: bound,
                                       tolerance: a.tolerance(what: "the gaps"), trivialBound: 2 * a.model.maxAbsoluteReward)],
            quantities: a.quantities + [NamedValue("Σ (ε_k + ε'_k), combined", sum), NamedValue("log|Ā|", log(Double(a.model.actionCount)))])
    }
}

