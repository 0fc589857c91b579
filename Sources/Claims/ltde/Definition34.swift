extension LTDEClaims {
    /// ltde, Definition 3.4: the (c, ρ)-exponential decay property.
    static let definition34 = Claim(
        notCheckable: "ltde.def3.4", paper: .ltde, source: "Definition 3.4 (Sec. 3.3)",
        statement: "The Q^Π is said to have (c, ρ)-exponential decay property, if for any s ∈ S and any Π ∈ U, (µ, h), (µ', h') ∈ Ξ with µ(N_s^k) = µ'(N_s^k) and h(N_s^k) = h'(N_s^k): |Q_s^Π(µ(N_s^k), µ(N_s^{−k}), h(N_s^k), h(N_s^{−k})) − Q_s^Π(µ(N_s^k), µ'(N_s^{−k}), h(N_s^k), h'(N_s^{−k}))| ≤ cρ^{k+1}.",
        reason: "a definition, with no truth value of its own. Its left side, Δ_s(k) (the sup over pairs with equal ζ_s^k, attained by a class's max and min), is measured exactly by ltde.lem3.5.* (the constants of Lemma 3.5), ltde.prop3.6 (the smallest c for ρ = √γ) and ltde.rem3.7 (the rate in k).")
}
