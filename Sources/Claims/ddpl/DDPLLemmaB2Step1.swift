import Foundation

extension DDPLClaims {
    static let lemmaB2Step1Statement = "For any κ-cover S_Θ̃ of S_Θ, for any θ there is θ̃ with max_{τ,a} ‖s_τ^θ(a) − s_τ^θ̃(a)‖ ≤ κ, and for any a in the support {a: ‖a‖ ≤ c_b}: ‖f^θ(a) − f^θ̃(a)‖ ≤ c_w Σ_τ β_τ E‖s_τ^θ(√ᾱ_τ a + √(1−ᾱ_τ)ε_τ) − s_τ^θ̃(…)‖ · ‖s_τ^θ(…) + s_τ^θ̃(…) − 2ε_τ/√(1−ᾱ_τ)‖ ≤ c_w κ Σ_τ β_τ E[…] ≤ 2c_w κ Σ_τ β_τ (c_2(1 + c_b + √d) + √(d/(1−ᾱ_τ))) ≤ 2c_2 c_w (1 + c_b + 2√d) κ Σ_τ β_τ/(1−ᾱ_τ) ≤ 3(c' + c'') c_2 c_w (1 + c_b + 2√d) log H · κ (38)."

    /// Eq. (38) for the pair (θ, θ̃) of an instance with κ := the cover distance in the chosen reading.
    static func lemmaB2Step1Evaluation(_ x: ClaimInstance, wholeSpace: Bool) throws -> Evaluation {
        let c = try weightedLossClass(x)
        let t = try x.vector("theta"), u = try x.vector("thetaTilde")
        let d2 = abs(t[1] - u[1])
        // g = 0 on A; over ℝ, sup |Δθ₁ g + Δθ₂| = |Δθ₁| + |Δθ₂| (g takes every value in [0, 1]: the sup is at
        // g = 1 when Δθ₁, Δθ₂ have the same sign and otherwise max(|Δθ₁ + Δθ₂|, |Δθ₂|) ≤ |Δθ₁| + |Δθ₂|).
        let kappa = wholeSpace ? max(abs(t[0] - u[0] + t[1] - u[1]), d2) : d2
        let lhs = c.loss.distance((t[0], t[1]), (u[0], u[1]))
        let rhs = c.factor * kappa
        return Evaluation(
            measurements: [Measurement("sup_a |f^θ(a) − f^θ̃(a)|", lhs: lhs, .lessOrEqual, rhs: rhs,
                                       tolerance: .roundoff(scale: max(lhs, rhs, c.cw * c.loss.noiseSquare.max()!), operations: 64 * 3, what: "the closed-form loss moments"))],
            quantities: [NamedValue("κ (\(wholeSpace ? "sup over ℝ" : "sup over the support"))", kappa), NamedValue("c_b", c.bound), NamedValue("c_w", c.cw),
                         NamedValue("3(c'+c'')c₂c_w(1+c_b+2√d) log H", c.factor), NamedValue("ratio lhs/(factor·κ)", rhs > 0 ? lhs / rhs : .nan)],
            notes: ["the sup over a uses 101 points of A (a lower estimate of the left side)"])
    }

    /// ddpl, Lemma B.2 proof, eq. (38), as printed, with the covering distance of Assumption B.1(ii)'s
    /// footnote: the sup over τ ∈ [H] and a in the support A. The proof then applies that distance at
    /// the noisy points √ᾱ a + √(1−ᾱ)ε, which lie outside A.
    static let lemmaB2Step1 = Claim(
        id: "ddpl.lemB.2/step1", paper: .ddpl, source: "Lemma B.2 proof (App. B.2.1), eq. (38); Assumption B.1(ii), footnote",
        statement: lemmaB2Step1Statement,
        reading: "κ-cover of S_Θ as defined in the footnote of Assumption B.1(ii): ‖s_τ^θ(a) − s_τ^θ̃(a)‖ ≤ κ for all τ ∈ [H] and a in the support",
        hypotheses: "d = 1; score class s^θ(x) = θ₁ g(x) + θ₂, g(x) = min(max(|x| − c_b, 0), 1), |θ₁| + |θ₂| ≤ c₂ (see family); κ := sup_{a∈A} |s^θ − s^θ̃| = |Δθ₂| (g vanishes on A)",
        kind: .upperBound,
        check: ClaimCheck(family: coveringFamily) { x in try lemmaB2Step1Evaluation(x, wholeSpace: false) })
}
