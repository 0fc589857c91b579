import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, proof of Theorem 4.1 (App. E): (E.23) summed from k = 0 to K − 1 with v_k = v√K,
    /// before KL(π*‖π_0) is bounded, on error-injected runs (combined errors as printed in Sec. 4,
    /// M as in mfppo.lem4.3).
    static let theorem41Step10 = Claim(
        id: "mfppo.thm4.1/step10", paper: .mfppo, source: "Theorem 4.1, proof (App. E), sum of (E.23)",
        statement: "Now sum up (E.23) from k = 0 to K − 1, with v_k = v√K, we have (1 − γ)K min_{0≤k≤K−1}(L(π*) − L(π_k)) ≤ E_{ν*}{v√K[KL(π*‖π_0) − KL(π*‖π_K) + Σ_{k=0}^{K−1}(ε_k + ε'_k)] + v^{-1}√K M}.",
        reading: "combined errors as printed in Sec. 4 (squared ε, |A| local, per-state φ*), M = ½ max_k E_{ν*} max_ā Q̂_k².",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in
            let a = try InexactMFPPOAnalysis(x)
            let K = a.run.iterations, v = a.run.v, rootK = Double(K).squareRoot()
            var sum = 0.0
            for k in 0..<K { if let (e, ep) = a.combinedErrors(k, .printed) { sum += e + ep } }
            let lhs = (1 - a.gamma) * Double(K) * a.gaps[0..<K].min()!
            let rhs = v * rootK * (a.divergences[0] - a.divergences[K] + sum) + rootK * a.M(.printed) / v
            return Evaluation(
                measurements: [Measurement("(1−γ)K min gap", lhs: lhs, .lessOrEqual, rhs: rhs, tolerance: a.tolerance(what: "the sum"),
                                           trivialBound: 2 * (1 - a.gamma) * Double(K) * a.model.maxAbsoluteReward)],
                quantities: a.quantities + [NamedValue("D_0", a.divergences[0]), NamedValue("D_K", a.divergences[K]), NamedValue("Σ (ε_k + ε'_k)", sum)])
        })
}
