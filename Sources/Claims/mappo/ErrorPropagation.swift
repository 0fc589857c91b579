import Foundation

/// The three σ*-averages of mappo Lemma B.5 and its proof for one agent m:
///
///   total = E_{s~ν*, a^{1:m−1}~π*} ⟨log(π_{θ_{k+1}}^m/π_{k+1}^m), π*^m − π_{θ_k}^m⟩,
///   (a) = E ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ − β⁻¹Q̂^{1:m}, π*^m − π_{θ_k}^m⟩,   (b) = E ⟨β⁻¹Q̂^{1:m} − β⁻¹Q^{1:m}, π*^m − π_{θ_k}^m⟩.
struct ErrorPropagationTerms {
    let total: Double
    let projectionPart: Double
    let criticPart: Double
    /// The size of the summands (for tolerances).
    let scale: Double

    init(_ agent: ImprovementStep.Agent) {
        let k = agent.width
        var total = 0.0, a = 0.0, b = 0.0, scale = 0.0
        for (row, w) in agent.sigmaStarRows.enumerated() where w > 0 {
            for j in (row * k)..<((row + 1) * k) {
                let diff = agent.optimal[j] - agent.current[j]
                let logRatio = log(agent.next[j] / agent.ideal[j])
                total += w * logRatio * diff
                a += w * agent.residual[j] * diff
                b += w * (agent.qHat[j] - agent.q[j]) / agent.beta * diff
                scale = max(scale, abs(logRatio), abs(agent.residual[j]), abs(agent.qHat[j] - agent.q[j]) / agent.beta)
            }
        }
        self.total = total
        projectionPart = a
        criticPart = b
        self.scale = scale
    }
}
