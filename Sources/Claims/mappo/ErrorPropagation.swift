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

extension MAPPOClaims {
    /// A term of Lemma B.5's proof per agent m: |`part`| of `ErrorPropagationTerms` against
    /// √2(φ_k^m + φ_k^{m−1})·`error`, divided by β_k when `perBeta` (the critic's term).
    static func lemmaB5TermMeasurements(_ setup: OneStepSetup, part: KeyPath<ErrorPropagationTerms, Double>,
                                        error: KeyPath<ImprovementStep.Agent, Double>, perBeta: Bool, what: String) -> [Measurement] {
        setup.step.agents.map { agent in
            let t = ErrorPropagationTerms(agent)
            let bound = 2.0.squareRoot() * (agent.phi + agent.phiPrevious) * agent[keyPath: error]
            return Measurement("m=\(agent.m)", lhs: abs(t[keyPath: part]), .lessOrEqual, rhs: perBeta ? bound / agent.beta : bound,
                               tolerance: StepTolerance.weighted(setup.step, agent, scale: t.scale, count: agent.q.count, what: what))
        }
    }
}
