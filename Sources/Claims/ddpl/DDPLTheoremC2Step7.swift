import Foundation

extension DDPLClaims {
    /// ddpl, Theorem C.2 proof, Step 2, eq. (77): eq. (77), the per-epoch improvement with inexact updates, as printed. Measured along the run with exact solves; constants as in
    /// Theorem C.1 (M exact, c the minimum over the computed epochs).
    static let theoremC2Step7 = Claim(
        id: "ddpl.thmC.2/step7", paper: .ddpl, source: "Theorem C.2 proof, Step 2, eq. (77)",
        statement: "J(π^k) − J(π^{k−1}) = J(π^k) − J(π̃^k) + J(π̃^k) − J(π^{k−1}) ≥ (cη/(3M)) NE-gap(π^{k−1})² − 2n(r_max − r_min)ε_is/(1−γ)².",
        hypotheses: "perturbed DecSPG runs, K = 200; ε_is = the run's measured max TV; every epoch",
        kind: .lowerBound,
        check: ClaimCheck(family: decSPGFamily(epochs: 200, perturbed: true)) { x in try improvementEvaluation(x) },
        defaultInstances: 6)
}
