extension LTDEClaims {
    /// ltde, Definition 5.8 (stationary point), with Definition D.4.
    static let definition58 = Claim(
        notCheckable: "ltde.def5.8", paper: .ltde, source: "Definition 5.8 (Sec. 5), eq. (5.2); Definition D.4, (D.14)",
        statement: "θ̃ ∈ B^actor is called a stationary point of J(θ) if for all θ̃ ∈ B^actor, ∇_θ J(θ̃)ᵀ(θ − θ̃) ≤ 0 (5.2).",
        reason: "a definition (no truth value). As printed the quantifier runs over θ̃ and leaves θ free; Definition D.4 (D.14) quantifies over θ ∈ B, which is the reading every check uses. Stationarity of computed points is measured by the gap max_{θ∈B} ∇J(θ̃)ᵀ(θ − θ̃) in ltde.lemD.6 and by ‖G(θ)‖ in ltde.thmD.5.")
}
