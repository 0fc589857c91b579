import Foundation

extension DDPLClaims {
    /// ddpl, Lemma B.2 proof, eq. (38), reading the cover distance as a sup over all of ℝ^d (what the
    /// proof's first inequality needs).
    static let lemmaB2Step1WholeSpace = Claim(
        id: "ddpl.lemB.2/step1.wholeSpace", paper: .ddpl, source: "Lemma B.2 proof (App. B.2.1), eq. (38)",
        statement: lemmaB2Step1Statement,
        reading: "κ-cover distance taken over all x ∈ ℝ^d (max_{τ,x} ‖s_τ^θ(x) − s_τ^θ̃(x)‖ ≤ κ), as the proof uses it at noisy points",
        hypotheses: "d = 1; score class s^θ(x) = θ₁ g(x) + θ₂, g(x) = min(max(|x| − c_b, 0), 1), |θ₁| + |θ₂| ≤ c₂ (see family); κ := sup_{x∈ℝ} |s^θ − s^θ̃| = max(|Δθ₁ + Δθ₂|, |Δθ₂|) (the larger of its values at g = 0 and g = 1)",
        kind: .upperBound,
        check: ClaimCheck(family: coveringFamily) { x in try lemmaB2Step1Evaluation(x, wholeSpace: true) })
}
