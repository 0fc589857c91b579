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

    /// mfppo, Theorem 4.1 (Sec. 4), first display, with inexact evaluation and improvement:
    /// tabular MF-PPO with injected critic and actor errors of known size, the combined errors of
    /// Lemma 4.3 as printed (Sec. 4), the sum from k = 1 as printed, M as in mfppo.lem4.3.
    static let theorem41Inexact = Claim(
        id: "mfppo.thm4.1.inexact", paper: .mfppo, source: "Theorem 4.1 (Sec. 4), first display; (E.24)",
        statement: theorem41Statement,
        reading: "inexact critic and actor (injected errors); ε_k, ε'_k Lemma 4.3's combined errors as printed in Sec. 4; the sum from k = 1 as printed.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try inexactTheoremEvaluation(x, firstIndex: 1, reading: .printed) })

    /// The same with the sum from k = 0, as the telescoping of (4.3) from k = 0 produces.
    static let theorem41InexactFromZero = Claim(
        id: "mfppo.thm4.1.inexact.fromZero", paper: .mfppo, source: "Theorem 4.1 (Sec. 4); proof (E.23)–(E.24)",
        statement: theorem41Statement,
        reading: "as mfppo.thm4.1.inexact with the sum Σ_{k=0}^{K−1} (the telescoping of (4.3) starts at k = 0).",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try inexactTheoremEvaluation(x, firstIndex: 0, reading: .printed) })

    /// The same with the errors entering as RMS values (the reading mfppo.lem4.3.sqrt), sum from k = 0.
    static let theorem41InexactSqrt = Claim(
        id: "mfppo.thm4.1.inexact.sqrt", paper: .mfppo, source: "Theorem 4.1 (Sec. 4); proof (E.23)–(E.24)",
        statement: theorem41Statement,
        reading: "combined errors built from √ε_k, √ε'_{k+1} (as mfppo.lem4.3.sqrt), sum from k = 0.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in
            try inexactTheoremEvaluation(x, firstIndex: 0, reading: Lemma43Reading(squaredErrors: false))
        })
}
