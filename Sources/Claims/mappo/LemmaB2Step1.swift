import Foundation
import GSLKit
import Learners

extension MAPPOClaims {
    /// mappo, Lemma B.2 proof: "the gradient of L(θ) is bounded by G = 2(R + ·)". The second summand
    /// is illegible; read as B/β_k (the only other constant in L, with |Q̂| ≤ B). Left side: the exact
    /// supremum of the stochastic gradients over Θ × supp σ_k; right side 2(R + B/β_k), B = 1/(1−γ).
    static let lemmaB2Step1 = Claim(
        id: "mappo.lemB.2/step1", paper: .mappo, source: "Lemma B.2 proof, gradient bound",
        statement: "For Algorithm 3, we have ‖ϕ‖₂ ≤ 1 and Θ = {‖θ‖ ≤ R | θ ∈ ℝ^d}. Thereby the gradient of L(θ) is bounded by G = 2(R + ·).",
        reading: "G = 2(R + B/β_k), the garbled second summand read as B/β_k",
        hypotheses: "Sub-problems (4) of OneStepSetup instances (every agent); B = 1/(1−γ) bounds |Q̂| by construction; θ_k ∈ Θ.",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            return Evaluation(measurements: setup.problems.enumerated().map { i, p in
                Measurement("m=\(i + 1)", lhs: p.gradientBound, .lessOrEqual, rhs: 2 * (setup.radius + setup.bound / setup.beta),
                            tolerance: .roundoff(scale: p.gradientBound, operations: 8 * p.dimension, what: "norms and dot products"))
            }, quantities: [NamedValue("R", setup.radius), NamedValue("B/β_k", setup.bound / setup.beta),
                            NamedValue("2(2R + B/β_k)", 2 * (2 * setup.radius + setup.bound / setup.beta))])
        })
}
