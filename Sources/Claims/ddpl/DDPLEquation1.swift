import Foundation
import GSLKit

extension DDPLClaims {
    /// A two-component Gaussian mixture p_0, a linear schedule with H ∈ 2…6 steps, and two score fields
    /// θ₁, θ₂ of the family s_τ(x) = u_τ x + b_τ + c_τ tanh(x) (vectors "theta1", "theta2": u, b, c).
    static let scoreMatchingFamily = InstanceFamily(
        description: "p_0 = w N(m₁, v₁) + (1−w) N(m₂, v₂), w ~ U[0.2, 0.8], m ~ U[−1, 1], v log-uniform in [0.01, 0.5]; linear β from U[10⁻³, 0.05] to U[0.2, 0.6] over H ∈ 2…6 steps; two score fields with u, b, c ~ U[−2, 2]",
        searchSpace: SearchSpace(vectors: ["theta1": false, "theta2": false])
    ) { rng in
        let h = rng.integer(in: 2...6)
        return ClaimInstance(
            scalars: ["w": rng.uniform(0.2, 0.8), "m1": rng.uniform(-1, 1), "m2": rng.uniform(-1, 1),
                      "v1": pow(10, rng.uniform(-2, log10(0.5))), "v2": pow(10, rng.uniform(-2, log10(0.5))),
                      "betaFirst": rng.uniform(1e-3, 0.05), "betaLast": rng.uniform(0.2, 0.6)],
            integers: ["horizon": h],
            vectors: ["theta1": (0..<(3 * h)).map { _ in rng.uniform(-2, 2) }, "theta2": (0..<(3 * h)).map { _ in rng.uniform(-2, 2) }])
    }

    static func scoreMatching(_ x: ClaimInstance) throws -> DenoisingScoreMatching {
        let w = try x.scalar("w")
        return DenoisingScoreMatching(
            data: .init(weights: [w, 1 - w], means: [try x.scalar("m1"), try x.scalar("m2")], variances: [try x.scalar("v1"), try x.scalar("v2")]),
            schedule: .linear(horizon: try x.integer("horizon"), from: try x.scalar("betaFirst"), to: try x.scalar("betaLast")))
    }

    static let equation1Statement = "L^marginal(θ) = Σ_τ E_{a_τ~p_τ} (β_τ²/(σ_τ²α_τ)) ‖s_τ^θ(a_τ) − ∇_{a_τ} log p_τ(a_τ)‖² … minimizing L^marginal is equivalent to minimizing the conditional loss L(θ) = E_{a_0~p_0} Σ_τ (β_τ²/(σ_τ²α_τ)) E_{ε_τ~N(0,I)} ‖s_τ^θ(√ᾱ_τ a_0 + √(1−ᾱ_τ) ε_τ) − ε_τ/√(1−ᾱ_τ)‖² (1); L^marginal(θ) = L(θ) + C_3 for a constant C_3 independent of θ (App. B.2, before eq. 33)."

    /// L^marginal(θ) − L(θ) at two score fields: equal when the difference is a constant C_3.
    static func equation1Evaluation(_ x: ClaimInstance, sign: DenoisingScoreMatching.TargetSign) throws -> Evaluation {
        let dsm = try scoreMatching(x), h = try x.integer("horizon")
        let t1 = DenoisingScoreMatching.Score(flat: try x.vector("theta1"), horizon: h)
        let t2 = DenoisingScoreMatching.Score(flat: try x.vector("theta2"), horizon: h)
        let m1 = dsm.marginalLoss(t1), m2 = dsm.marginalLoss(t2)
        let l1 = dsm.conditionalLoss(t1, sign: sign), l2 = dsm.conditionalLoss(t2, sign: sign)
        let scale = max(m1.value, m2.value, l1.value, l2.value)
        let tolerance = Tolerance(m1.error + m2.error + l1.error + l2.error, "Gauss–Legendre 96 vs 128 nodes, four losses")
            + .roundoff(scale: scale, operations: 64 * h, what: "the four losses")
        return Evaluation(
            measurements: [Measurement("C₃(θ₁) = C₃(θ₂)", lhs: m1.value - l1.value, .equal, rhs: m2.value - l2.value, tolerance: tolerance)],
            quantities: [NamedValue("L^marginal(θ₁)", m1.value), NamedValue("L(θ₁)", l1.value), NamedValue("L^marginal(θ₂)", m2.value),
                         NamedValue("L(θ₂)", l2.value), NamedValue("H", Double(h))],
            notes: ["denoising target: \(sign.rawValue); weights β²/(σ²α) = β with σ² = β/α"])
    }

    /// ddpl, Sec. 2.2 eq. (1) and App. B.2 (before eq. 33), as printed: the target +ε/√(1−ᾱ).
    static let equation1 = Claim(
        id: "ddpl.eq1", paper: .ddpl, source: "Sec. 2.2, eq. (1); App. B.2 before eq. (33) (Ho et al. 2020, Prop. 3.1)",
        statement: equation1Statement,
        reading: "the conditional loss regresses s onto +ε/√(1−ᾱ), as printed",
        hypotheses: "d = 1; see family; both losses by Gauss–Legendre quadrature",
        kind: .identity,
        check: ClaimCheck(family: scoreMatchingFamily) { x in try equation1Evaluation(x, sign: .printed) })
}
