extension DDPLClaims {
    /// ddpl, Theorem 4.1 proof, Step 2, eq. (34): imported from Li & Yan with an unspecified constant κ₂ ≥ 1.
    static let theorem41Step4 = Claim(
        notCheckable: "ddpl.thm4.1/step4", paper: .ddpl, source: "Theorem 4.1 proof (App. B.2), Step 2, eqs. (34)–(35)",
        statement: "D_TV²(π_1*, π_1^{θ̂,noclip}) ≤ κ_2 d² log⁶H/H² + κ_2 Σ_{τ=2}^H ((1 − α_τ)/2) E‖s_τ^θ̂(a(τ)) − s_τ^{θ*}(a(τ))‖² for some constant κ_2 ≥ 1 (34), from Eqs. (20–23(i)) and the last inequality of Li and Yan, Sec. 4; and c_2² β_1 d/(α_1(α_1/β_1 − c_2)) ≤ κ_2 d² log⁶H/H² for sufficiently large c' (35)(i).",
        reason: "κ_2 is a constant imported from Li & Yan (ICLR 2025) without a value, and (35)(i) is an existence statement (\"for sufficiently large c'\"); neither side can be evaluated. The shape of the discretisation term is checked by ddpl.thm4.1.H (exact scores, D_TV²/log⁶H against H^{−2}) and Lemma B.5, which (35) applies, by ddpl.lemB.5 and its steps.")
}
