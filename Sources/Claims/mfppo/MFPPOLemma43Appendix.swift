import Foundation
import GSLKit

extension MFPPOClaims {
    /// (4.3) with the appendix's error terms (E.23): ε_k = τ_{k+1}^{-1}ε_{k+1}φ*_{k+1} + v_k^{-1}ε'_kψ*_k,
    /// ε'_k = |A|τ_{k+1}^{-2}ε²_{k+1}, ε and ε' as defined in Lemmas 4.1–4.2 (ε'_0 = 0; k ≤ K − 2).
    static let lemma43Appendix = Claim(
        id: "mfppo.lem4.3.appendix", paper: .mfppo, source: "Proof of Theorem 4.1 (App. E), (E.23)",
        statement: "(1 − γ)(L(π*) − L(π_k)) ≤ E_{ν*}{v_k[KL(π*‖π_k) − KL(π*‖π_{k+1}) + ε_k + ε'_k] + v_k^{-1}M} (E.23), where ε_k and ε'_{k+1} are defined as in Lemma 4.1 and Lemma 4.2, respectively. In addition, ε_k = τ_{k+1}^{-1}ε_{k+1}φ*_{k+1} + v_k^{-1}ε'_kψ*_k, ε'_k = |A|τ_{k+1}^{-2}ε²_{k+1}.",
        reading: "the appendix's combined errors (E.23), with the roles of ε and ε' swapped against Sec. 4; ε, ε' as defined in Lemmas 4.1–4.2.",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in try lemma43Evaluation(x, Lemma43Reading(appendix: true)) })
}
