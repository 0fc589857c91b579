import Foundation
import GSLKit

extension DDPLClaims {
    /// One-dimensional ISSM problems (`ImportanceSampledTarget`) with a linear schedule and an affine
    /// score field s_τ(x) = u_τ x + b_τ (vector "theta": u_1…u_H, b_1…b_H); the Monte Carlo seed is the
    /// instance's.
    static let issmFamily = InstanceFamily(
        description: "A = [−c_b, c_b], c_b ~ U[0.5, 2]; p̃ = N(μ_p, s_p²) truncated to A, μ_p ~ U[−0.3c_b, 0.3c_b], s_p ~ U[0.3c_b, c_b]; Q̂ with bumps of heights U[0.5, 3] at ±0.6c_b (width κ = 10/c_b²) minus U[0, 2]·a²; λ log-uniform in [0.3, 3]; linear β from U[10⁻³, 0.05] to U[0.2, 0.6], H ∈ 2…5; u_τ, b_τ ~ U[−1, 1]",
        searchSpace: SearchSpace(scalars: ["lambda": .interval(0.01, 10), "proposalMean": .interval(-1, 1), "proposalSD": .interval(0.05, 3)],
                                 vectors: ["theta": false]),
        admissible: { x in
            guard let cb = x.scalars["bound"], let m = x.scalars["proposalMean"], let s = x.scalars["proposalSD"] else { return "incomplete" }
            return cb > 0 && s > 0 && abs(m) < cb ? nil : "c_b, s_p > 0 and |μ_p| < c_b"
        }
    ) { rng in
        let cb = rng.uniform(0.5, 2), h = rng.integer(in: 2...5)
        return ClaimInstance(
            scalars: ["bound": cb, "proposalMean": rng.uniform(-0.3, 0.3) * cb, "proposalSD": rng.uniform(0.3, 1) * cb,
                      "lambda": pow(10, rng.uniform(log10(0.3), log10(3))), "height1": rng.uniform(0.5, 3), "height2": rng.uniform(0.5, 3),
                      "curvature": rng.uniform(0, 2), "betaFirst": rng.uniform(1e-3, 0.05), "betaLast": rng.uniform(0.2, 0.6)],
            integers: ["horizon": h], vectors: ["theta": (0..<(2 * h)).map { _ in rng.uniform(-1, 1) }],
            seed: SeedSequence.derive(rng.seed, "monte carlo"))
    }

    static func issmTarget(_ x: ClaimInstance) throws -> ImportanceSampledTarget {
        let cb = try x.scalar("bound")
        return ImportanceSampledTarget(bound: cb, proposalMean: try x.scalar("proposalMean"), proposalSD: try x.scalar("proposalSD"),
                                       lambda: try x.scalar("lambda"), heights: (try x.scalar("height1"), try x.scalar("height2")),
                                       width: 10 / (cb * cb), curvature: try x.scalar("curvature"))
    }

    /// l^θ(a) of eq. (25) for the affine field: Σ_τ β_τ[(u_τ√ᾱ_τ a + b_τ)² + (u_τ√(1−ᾱ_τ) ∓ 1/√(1−ᾱ_τ))²]
    /// (E_ε of the square in closed form; ∓ for the printed/score sign of the target).
    static func affineLoss(_ x: ClaimInstance, sign: DenoisingScoreMatching.TargetSign) throws -> (Double) -> Double {
        let h = try x.integer("horizon"), theta = try x.vector("theta")
        let s = DDPLNoiseSchedule.linear(horizon: h, from: try x.scalar("betaFirst"), to: try x.scalar("betaLast"))
        return { a in
            var total = 0.0
            for t in 0..<h {
                let u = theta[t], b = theta[h + t], sd = s.oneMinusAlphaBar[t].squareRoot()
                let mean = u * s.alphaBar[t].squareRoot() * a + b, noise = u * sd - sign.factor / sd
                total += s.beta[t] * (mean * mean + noise * noise)
            }
            return total
        }
    }
}
