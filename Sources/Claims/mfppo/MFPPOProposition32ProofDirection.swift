import Foundation
import GSLKit

extension MFPPOClaims {
    /// The same closed form held against the objective displayed in the proof of Proposition 3.2
    /// (App. D), whose penalty is KL(π_α ‖ π), i.e. KL(π_k ‖ π) with π the variable. Its exact
    /// maximiser p = vπ_k/(λ − F^Q) (bisection on λ) is the competitor.
    static let proposition32ProofDirection = Claim(
        id: "mfppo.prop3.2.proofDirection", paper: .mfppo, source: "Proposition 3.2, proof (App. D)",
        statement: proposition32Statement,
        reading: "the KL direction displayed in the proof: maximise ⟨F^Q, π⟩ − v_k KL(π_k ‖ π).",
        hypotheses: "As mfppo.prop3.2.",
        kind: .lowerBound,
        check: ClaimCheck(family: proximalFamily) { x in
            var measurements: [Measurement] = []
            for (r, step) in try proximalSteps(x).enumerated() {
                let scale = Vector.infinityNorm(step.critic) + step.v * (Vector.infinityNorm(step.energy) / step.tau + 1)
                measurements.append(Measurement("state \(r): reversed objective at p̄ ≥ its maximum", lhs: step.reversedObjective(step.closedForm),
                                                .greaterOrEqual, rhs: step.reversedObjective(step.reversedMaximizer),
                                                tolerance: .roundoff(scale: scale, operations: 8 * step.critic.count, what: "⟨F, p⟩ − v·KL")))
            }
            return Evaluation(measurements: measurements,
                              quantities: [NamedValue("v_k", try x.scalar("v")), NamedValue("τ_k", try x.scalar("tau"))],
                              notes: ["the proof's stationarity line F − v(log(π/π_k) − 1) = 0 is that of KL(π‖π_k) (up to the sign of the constant), not of the displayed KL(π_α‖π)"])
        })
}
