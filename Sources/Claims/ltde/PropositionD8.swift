extension LTDEClaims {
    /// ltde, Proposition D.8.
    static let propositionD8 = Claim(
        notCheckable: "ltde.propD.8", paper: .ltde, source: "Proposition D.8 (App. D.2.2), (D.38)",
        statement: "Under Assumption 5.9, let θ̃ ∈ B be a stationary point of J(·) and let θ* ∈ B be the global maximum point of J(·) in B. Then the following inequality holds: (1−γ)(J(θ*) − J(θ̃)) ≤ O(|S| R^{3/2} d_{ζ_s}^{3/4}/M^{1/4}) (D.38).",
        reason: "its left side needs J(θ*) at the global maximiser of a non-concave J over B, for which no computation gives a certificate (a multistart value is only a lower bound, which would bias a rate fit toward consistency), and its hypothesis (Assumption 5.9) is undecidable (ltde.asm5.9). Its ingredients are checked: Lemma D.6 (ltde.lemD.6, with the best comparator found), Lemma D.7 (ltde.lemD.7) and Lemma D.9 (ltde.lemD.9).")
}
