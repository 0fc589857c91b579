extension LTDEClaims {
    /// ltde, Assumption 5.9 (policy function class).
    static let assumption59 = Claim(
        notCheckable: "ltde.asm5.9", paper: .ltde, source: "Assumption 5.9 (Sec. 5)",
        statement: "Define F_{R,∞} = {f(ζ) = Σ_{s∈S} [φ_{θ_s(0)}(ζ_s)ᵀθ_s(0) + ∫ 1{vᵀζ_s > 0}·(ζ_s)ᵀι(v) dµ(v)] : ‖ι(v)‖_∞ ≤ R}. For any stationary point θ̃, define u_θ̃(µ, h) := dσ_{θ*}/dσ_θ̃(ζ) − dσ̄_{θ*}/dσ̄_θ̃(µ) + Σ_{s∈S} φ_{θ̃_s}(ζ_s)ᵀθ̃_s, with σ̄_θ the state visitation measure under policy Π^θ. We assume that u_θ̃ ∈ F_{R,∞} for any stationary point θ̃.",
        reason: "u_θ̃ involves θ*, the global maximiser of the non-concave J over B, which has no computable certificate, and membership in F_{R,∞} is an infinite-dimensional feasibility problem (see ltde.asm5.1). Lemma D.6, the inequality that Assumption 5.9 feeds, is checked by ltde.lemD.6 with the best comparator found by multistart ascent and the exact u_θ̃.")
}
