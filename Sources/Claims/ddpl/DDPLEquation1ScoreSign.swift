import Foundation

extension DDPLClaims {
    /// ddpl, eq. (1) with the sign under which s is the score the sampler uses: target −ε/√(1−ᾱ).
    static let equation1ScoreSign = Claim(
        id: "ddpl.eq1.scoreSign", paper: .ddpl, source: "Sec. 2.2, eq. (1); App. B.2 before eq. (33)",
        statement: equation1Statement,
        reading: "the conditional loss regresses s onto −ε/√(1−ᾱ) = ∇ log p_{τ|0}, the sign under which s_τ^θ approximates the score used by the reverse process (+β_τ s_τ)",
        hypotheses: "d = 1; see family; both losses by Gauss–Legendre quadrature",
        kind: .identity,
        check: ClaimCheck(family: scoreMatchingFamily) { x in try equation1Evaluation(x, sign: .score) })
}
