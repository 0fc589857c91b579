extension LTDEClaims {
    /// ltde, Assumption 5.1 (action-value function class).
    static let assumption51 = Claim(
        notCheckable: "ltde.asm5.1", paper: .ltde, source: "Assumption 5.1 (Sec. 5)",
        statement: "For each s ∈ S, k ∈ ℕ, define F_{R,∞}^{s,k} = {f(ζ_s^k) = Q_s(ζ_s^k; ω_s(0)) + ∫ 1{vᵀζ_s^k > 0}·(ζ_s^k)ᵀι(v) dµ(v) : ‖ι(v)‖_∞ ≤ R}, with µ the density of N(0, I_{d_{ζ_s^k}}/d_{ζ_s^k}) and Q_s(ζ_s^k; ω_s(0)) the two-layer neural network under the initial parameter ω_s(0). We assume that Q̂_s^{Π^θ} ∈ F_{R,∞}^{s,k}.",
        reason: "membership asks for a representer ι: ℝ^d → ℝ^d with sup_v ‖ι(v)‖_∞ ≤ R, an infinite-dimensional feasibility problem with no computable certificate; the radius R it would need enters Theorem 5.4 only inside O(·). Surrogates: ltde.lemD.3 and ltde.lemD.7 check the random-feature approximation rates on functions constructed inside F_{R,∞} (ι(v) = R·sign(v), closed form), and ltde.thm5.4 measures the critic error itself.")
}
