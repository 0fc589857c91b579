import Foundation

extension DDPLClaims {
    /// ddpl, Theorem C.1 proof (Zhang et al. 2022, Lemma 20), restated in App. C eq. (76): the first inequality of eq. (76) on exact runs: the one-step improvement of the exact softmax update, as printed. Measured along the run with exact solves; constants as in
    /// Theorem C.1 (M exact, c the minimum over the computed epochs).
    static let theoremC1Step1 = Claim(
        id: "ddpl.thmC.1/step1", paper: .ddpl, source: "Theorem C.1 proof (Zhang et al. 2022, Lemma 20), restated in App. C eq. (76)",
        statement: "J(π̃^k) − J(π^{k−1}) ≥ (1/η) Σ_{i=1}^n Σ_s d^{π̃^k}(s) log(Σ_{a_i} π_i^{k−1}(a_i|s) exp((η/(1−γ)) Ā_i^{π^{k−1}}(s,a_i))) (Lemma 20 of Zhang et al. 2022).",
        hypotheses: "exact DecSPG runs (π^k = π̃^k), K = 200, η of Thm. C.1; every epoch; also every log term ≥ 0 (Jensen)",
        kind: .lowerBound,
        check: ClaimCheck(family: decSPGFamily(epochs: 200)) { x in try lemma20Evaluation(x) },
        defaultInstances: 6)
}
