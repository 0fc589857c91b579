/// The terms of inequality (14) in the proof of mappo Thm. 4.5 for one iteration k and agent m, all
/// averaged over (s,a^{1:m−1}) ~ σ* = ν*π*^{1:m−1}:
///
///   β_k⁻¹E_{σ*}⟨A^m_{π_{θ_k}}, π*^m − π_{θ_k}^m⟩ ≤ E_{σ*}[KL(π*^m‖π_{θ_k}^m) − KL(π*^m‖π_{θ_{k+1}}^m)] + Δ_k^m
///                                           − E_{σ*}[½‖π_{θ_{k+1}}^m − π_{θ_k}^m‖₁² + ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ, π_{θ_k}^m − π_{θ_{k+1}}^m⟩].
struct DescentInequality {
    /// The left side.
    let scaledAdvantage: Double
    /// E_{σ*}[KL(π*‖π_k) − KL(π*‖π_{k+1})].
    let klDrop: Double
    /// Term (ii): −E_{σ*}[½‖π_{k+1} − π_k‖₁² + ⟨u, π_k − π_{k+1}⟩].
    let termTwo: Double
    /// E_{σ*}KL(π*^m‖π_{θ_k}^m).
    let klToCurrent: Double
    let bigDelta: Double
    let smallDelta: Double
    let scale: Double

    init(_ agent: ImprovementStep.Agent) throws {
        var lhs = 0.0, drop = 0.0, two = 0.0, kl = 0.0, scale = 0.0
        for (row, w) in agent.sigmaStarRows.enumerated() where w > 0 {
            let t = OneStepDescentRow(agent, row: row)
            lhs += w * RowDivergence.inner(t.advantage, t.p, t.q) / agent.beta
            let klq = try RowDivergence.kl(t.p, t.q)
            drop += w * (klq - (try RowDivergence.kl(t.p, t.r)))
            kl += w * klq
            let l1 = RowDivergence.l1(t.r, t.q)
            two -= w * (0.5 * l1 * l1 + RowDivergence.inner(t.u, t.q, t.r))
            scale = max(scale, t.scale, klq)
        }
        scaledAdvantage = lhs
        klDrop = drop
        termTwo = two
        klToCurrent = kl
        bigDelta = agent.bigDelta
        smallDelta = agent.smallDelta
        self.scale = scale
    }

    /// The right side of (14).
    var bound: Double { klDrop + bigDelta + termTwo }
}
