import Foundation

extension DDPLClaims {
    /// ddpl, Theorem C.2 proof, Step 2, eq. (76) first inequality (Lemma 20): eq. (76) first inequality along perturbed runs, as printed. Measured along the run with exact solves; constants as in
    /// Theorem C.1 (M exact, c the minimum over the computed epochs).
    static let theoremC2Step5 = Claim(
        id: "ddpl.thmC.2/step5", paper: .ddpl, source: "Theorem C.2 proof, Step 2, eq. (76) first inequality (Lemma 20)",
        statement: "J(π̃^k) − J(π^{k−1}) ≥ (1/η) Σ_{i=1}^n Σ_s d^{π̃^k}(s) log(Σ_{a_i} π_i^{k−1}(a_i|s) exp((η/(1−γ)) Ā_i^{π^{k−1}}(s,a_i))) (Lemma 20 of Zhang et al. 2022).",
        hypotheses: "perturbed DecSPG runs (see family), K = 200; π̃^k the exact update of the actual π^{k−1}; every epoch; every log term ≥ 0",
        kind: .lowerBound,
        check: ClaimCheck(family: decSPGFamily(epochs: 200, perturbed: true)) { x in try lemma20Evaluation(x) },
        defaultInstances: 6)
}
