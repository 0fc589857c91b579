import Foundation

extension DDPLClaims {
    /// ddpl, Theorem C.1 proof: App. C eqs. (78)–(79) with ε_is = 0: the telescoped improvement (78) and the range bound on exact runs, which with η substituted give Theorem C.1, as printed. Measured along the run with exact solves; constants as in
    /// Theorem C.1 (M exact, c the minimum over the computed epochs).
    static let theoremC1Step3 = Claim(
        id: "ddpl.thmC.1/step3", paper: .ddpl, source: "Theorem C.1 proof: App. C eqs. (78)–(79) with ε_is = 0",
        statement: "J(π^K) − J(π^0) ≥ (cη/(3M)) Σ_{k=0}^{K−1} NE-gap(π^k)² − 2nK(r_max − r_min)ε_is/(1−γ)² (78); since J(π^K) − J(π^0) ≤ (r_max − r_min)/(1−γ), (1/K)Σ NE-gap(π^k)² ≤ 3M(r_max − r_min)/(cη(1−γ)) · 1/K + 6Mn(r_max − r_min)/(cη(1−γ)²) · ε_is (79).",
        hypotheses: "exact DecSPG runs (ε_is = 0), K = 200, η of Thm. C.1; every K",
        kind: .lowerBound,
        check: ClaimCheck(family: decSPGFamily(epochs: 200)) { x in try telescopedEvaluation(x) },
        defaultInstances: 6)
}
