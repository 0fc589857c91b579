import Foundation

extension DDPLClaims {
    /// ddpl, Theorem C.1 proof (Zhang et al. 2022, Lemma 21), restated in App. C eq. (76): the second inequality of eq. (76) on exact runs, as printed. Measured along the run with exact solves; constants as in
    /// Theorem C.1 (M exact, c the minimum over the computed epochs).
    static let theoremC1Step2 = Claim(
        id: "ddpl.thmC.1/step2", paper: .ddpl, source: "Theorem C.1 proof (Zhang et al. 2022, Lemma 21), restated in App. C eq. (76)",
        statement: "(1/η) Σ_{i=1}^n Σ_s d^{π̃^k}(s) log(Σ_{a_i} π_i^{k−1}(a_i|s) exp((η/(1−γ)) Ā_i^{π^{k−1}}(s,a_i))) ≥ (cη/(3M)) NE-gap(π^{k−1})² (Lemma 21 of Zhang et al. 2022), with c and M as in Theorem C.1.",
        hypotheses: "exact DecSPG runs, K = 200, η of Thm. C.1; M exact, c = min over the run of min_i c_{π^k,i}",
        kind: .lowerBound,
        check: ClaimCheck(family: decSPGFamily(epochs: 200)) { x in try lemma21Evaluation(x) },
        defaultInstances: 6)
}
