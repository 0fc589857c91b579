import Foundation

extension DDPLClaims {
    /// ddpl, Theorem C.2 proof, Step 2, eq. (76) second inequality (Lemma 21): eq. (76) second inequality along perturbed runs, as printed. Measured along the run with exact solves; constants as in
    /// Theorem C.1 (M exact, c the minimum over the computed epochs).
    static let theoremC2Step6 = Claim(
        id: "ddpl.thmC.2/step6", paper: .ddpl, source: "Theorem C.2 proof, Step 2, eq. (76) second inequality (Lemma 21)",
        statement: "(1/η) Σ_{i=1}^n Σ_s d^{π̃^k}(s) log(Σ_{a_i} π_i^{k−1}(a_i|s) exp((η/(1−γ)) Ā_i^{π^{k−1}}(s,a_i))) ≥ (cη/(3M)) NE-gap(π^{k−1})² (Lemma 21 of Zhang et al. 2022), with c and M as in Theorem C.1.",
        hypotheses: "perturbed DecSPG runs, K = 200; M exact, c = min over the perturbed run",
        kind: .lowerBound,
        check: ClaimCheck(family: decSPGFamily(epochs: 200, perturbed: true)) { x in try lemma21Evaluation(x) },
        defaultInstances: 6)
}
