import Foundation

extension DDPLClaims {
    /// ddpl, eq. (23) with the weight as Sec. 4.1 ("the importance sampling weight simplifies to
    /// exp(ηQ̂/(1−γ))") and Algorithm 2 line 6 write it: e^{λQ̂} without the per-state normaliser.
    static let equation23UnnormalizedWeight = Claim(
        id: "ddpl.eq23.unnormalizedWeight", paper: .ddpl, source: "App. B.1, eq. (23); Sec. 4.1 (weight with p̃ = π^{k−1}); Algorithm 2, line 6",
        statement: equation23Statement,
        reading: "weights e^{λQ̂(s,a)} as Sec. 4.1 and Algorithm 2 write them (no division by Z(s) = E_{p̃} e^{λQ̂})",
        hypotheses: "as ddpl.eq23",
        kind: .identity,
        check: ClaimCheck(family: issmFamily) { x in try equation23Evaluation(x, normalizedWeight: false) })
}
