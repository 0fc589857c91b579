extension MAPPOClaims {
    static let lemmaB4Statement = "Suppose for any agent m ∈ N the policy improvement error and the policy evaluation error satisfy (7) E_{σ_k}[((θ_{k+1}^m)ᵀϕ(s,a^{1:m−1},a^m) − (β_k⁻¹Q̂_{π_{θ_k}}^{1:m}(s,a^{1:m−1},a^m) + (θ_k^m)ᵀϕ(s,a^{1:m−1},a^m)))²] ≤ (ε_k^m)² and (8) E_{σ_k}[(Q̂_{π_{θ_k}}^{1:m} − Q_{π_{θ_k}}^{1:m})²] ≤ (ε'^m_k)². Considering the L∞-norm of (θ_{k+1}^m − θ_k^m)ᵀϕ − β_k⁻¹Q̂, we have E_{σ*}[‖(θ_{k+1}^m − θ_k^m)ᵀϕ(s,a^{1:m−1},·) − β_k⁻¹Q̂_{π_{θ_k}}^{1:m}(s,a^{1:m−1},·)‖_∞] ≤ δ_k^m/2, where δ_k^m = 2φ_k^{m−1}ε_k^m."
}

extension MAPPOClaims {
    /// Lemma B.4's comparison per agent m: the ν*π*^{1:m−1}-average of max_{a^m}|g| (`ResidualSupNorm`)
    /// against `fractionOfDelta`·δ_k^m — the garbled right side read as δ_k^m/2 or as δ_k^m.
    static func lemmaB4Measurements(_ setup: OneStepSetup, fractionOfDelta: Double) -> [Measurement] {
        setup.step.agents.map { agent in
            let t = ResidualSupNorm(agent)
            return Measurement("m=\(agent.m)", lhs: t.supAverage, .lessOrEqual, rhs: fractionOfDelta * agent.smallDelta,
                               tolerance: StepTolerance.weighted(setup.step, agent, scale: t.scale, count: agent.q.count, what: "the σ*-average of max|g|"))
        }
    }
}
