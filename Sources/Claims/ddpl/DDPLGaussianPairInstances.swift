import Foundation
import GSLKit

/// Instances shared by the steps of Theorem 3.1's proof: a Gaussian N(μ, σ²) and a previous policy
/// N(μ_k, σ_k²), drawn on the scales the proof visits (σ² from 10⁻⁴ to 1, |μ| ≤ 1).
extension DDPLClaims {
    static let gaussianPairFamily = InstanceFamily(
        description: "N(μ, σ²) with μ ~ U[−1, 1], σ² log-uniform in [10⁻⁴, 1]; previous policy N(μ_k, σ_k²), μ_k ~ U[−0.5, 0.5], σ_k² log-uniform in [10⁻⁴, 1]",
        searchSpace: SearchSpace(scalars: ["mu": .interval(-2, 2), "variance": .interval(1e-6, 10),
                                           "previousMean": .interval(-1, 1), "previousVariance": .interval(1e-6, 10)]),
        admissible: { x in
            guard let v = x.scalars["variance"], let vK = x.scalars["previousVariance"], v > 0, vK > 0 else { return "variances must be positive" }
            return nil
        }
    ) { rng in
        ClaimInstance(scalars: ["mu": rng.uniform(-1, 1), "variance": pow(10, rng.uniform(-4, 0)),
                                "previousMean": rng.uniform(-0.5, 0.5), "previousVariance": pow(10, rng.uniform(-4, 0))])
    }
}
