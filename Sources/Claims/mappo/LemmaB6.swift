extension MAPPOClaims {
    /// mappo, Lemma B.6 (one-step descent), as printed: for the ideal update π_{k+1}^m, the real
    /// update π_{θ_{k+1}}^m and the current π_{θ_k}^m, at every (s,a^{1:m−1}),
    /// KL(π*^m‖π_{θ_{k+1}}^m) − KL(π*^m‖π_{θ_k}^m) ≤ ⟨log(π_{θ_{k+1}}^m/π_{k+1}^m), π_{θ_k}^m − π*^m⟩
    ///   − β_k⁻¹⟨A^{1:m}_{π_{θ_k}}, π*^m − π_{θ_k}^m⟩ − ½‖π_{θ_{k+1}}^m − π_{θ_k}^m‖₁² − ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ, π_{θ_k}^m − π_{θ_{k+1}}^m⟩.
    /// Both sides per row, exactly (the advantage is A^m = Q^{1:m} − Q^{1:m−1}; any version differing
    /// by a function of (s,a^{1:m−1}) gives the same inner product).
    static let lemmaB6 = Claim(
        id: "mappo.lemB.6", paper: .mappo, source: "Lemma B.6 (App. B), one-step descent",
        statement: "For the ideal updated policy π_{k+1}^m, the real updated policy π_{θ_{k+1}^m} and the current policy π_{θ_k^m}, for any (s,a^{1:m−1}): KL(π*^m‖π_{θ_{k+1}^m}) − KL(π*^m‖π_{θ_k^m}) ≤ ⟨log(π_{θ_{k+1}^m}/π_{k+1}^m), π_{θ_k^m} − π*^m⟩ − β_k⁻¹⟨A_{π_{θ_k}}^{1:m}(s,a^{1:m−1},·), π*^m − π_{θ_k^m}⟩ − ½‖π_{θ_{k+1}^m} − π_{θ_k^m}‖₁² − ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ(s,a^{1:m−1},·), π_{θ_k^m} − π_{θ_{k+1}^m}⟩.",
        hypotheses: "One Alg. 1 step (OneStepSetup): random cooperative game, log-linear features, θ_k ∈ Θ, noisy critic, θ_{k+1} from Alg. 3; π* optimal deterministic; every agent m and every row (s,a^{1:m−1}).",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            let ms = try setup.step.rowMeasurements(.lessOrEqual, qError: setup.step.qError, what: "KL differences and inner products") { (try $0.klChange(), $0.lemmaBound) }
            return Evaluation(measurements: ms, quantities: [NamedValue("β_k", setup.beta), NamedValue("R", setup.radius)])
        })
}
