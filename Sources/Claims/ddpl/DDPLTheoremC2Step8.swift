import Foundation

extension DDPLClaims {
    /// ddpl, Theorem C.2 proof, Step 3, eqs. (78)–(79): eq. (78) and the range bound J(π^K) − J(π^0) ≤ Δr/(1−γ) that gives (79), as printed. Measured along the run with exact solves; constants as in
    /// Theorem C.1 (M exact, c the minimum over the computed epochs).
    static let theoremC2Step8 = Claim(
        id: "ddpl.thmC.2/step8", paper: .ddpl, source: "Theorem C.2 proof, Step 3, eqs. (78)–(79)",
        statement: "J(π^K) − J(π^0) ≥ (cη/(3M)) Σ_{k=0}^{K−1} NE-gap(π^k)² − 2nK(r_max − r_min)ε_is/(1−γ)² (78); since J(π^K) − J(π^0) ≤ (r_max − r_min)/(1−γ), (1/K)Σ NE-gap(π^k)² ≤ 3M(r_max − r_min)/(cη(1−γ)) · 1/K + 6Mn(r_max − r_min)/(cη(1−γ)²) · ε_is (79).",
        hypotheses: "perturbed DecSPG runs, K = 200; ε_is measured; every K",
        kind: .lowerBound,
        check: ClaimCheck(family: decSPGFamily(epochs: 200, perturbed: true)) { x in try telescopedEvaluation(x) },
        defaultInstances: 6)
}
