import Foundation
import GSLKit

extension MFPPOClaims {
    static let definition41Statement = "It is well known that functions within 𝓕_{β,m} approximate functions within the reproducing kernel Hilbert space associated with kernel K(x, y) = E_{z~N(0,I_d/d)}{1(zᵀx > 0, zᵀy > 0)} for a large network width m (Jacot et al., 2018; Chizat and Bach, 2018; Cai et al., 2019; Arora et al., 2019) and whose RKHS norm is bounded by R_β."

    /// The kernel of 𝓕_{β,m} at width m: K_m(x, y) = ⟨∇f_{β(0)}(x), ∇f_{β(0)}(y)⟩ = (1/m) Σ_j 1{β_j(0)ᵀx > 0} 1{β_j(0)ᵀy > 0} xᵀy,
    /// compared over every pair of the one-hot features with a limit kernel; tolerance 5 Monte-Carlo
    /// standard errors of the mean over the m neurons.
    static func kernelEvaluation(_ x: ClaimInstance, withInnerProduct: Bool) throws -> Evaluation {
        let m = 4096
        let network = MeanPoolNetwork(localStates: 2, actions: 4, width: m, rng: RandomSource(seed: x.seed))
        let features = FeatureDistribution(probabilities: [], localStates: 2, actions: 4)
        let n = network.featureCount, d = network.dimension
        var worst: (Double, Double, Double, String)? = nil
        for a in 0..<n {
            for b in a..<n {
                let u = features.vector(a), v = features.vector(b)
                let inner = Vector.dot(u, v)
                var count = 0.0
                for j in 0..<m {
                    let w = Array(network.initial[(j * d)..<((j + 1) * d)])
                    if Vector.dot(w, u) > 0 && Vector.dot(w, v) > 0 { count += 1 }
                }
                let p = count / Double(m), km = p * inner
                let theta = acos(max(-1, min(1, inner / (Vector.twoNorm(u) * Vector.twoNorm(v)))))
                let limit = (Double.pi - theta) / (2 * Double.pi) * (withInnerProduct ? inner : 1)
                let se = inner * (max(p * (1 - p), 1 / Double(m)) / Double(m)).squareRoot()
                if worst == nil || abs(km - limit) - 5 * se > abs(worst!.0 - worst!.1) - worst!.2 { worst = (km, limit, 5 * se, "(\(a), \(b)), xᵀy = \(String(format: "%.3f", inner))") }
            }
        }
        let (km, limit, tol, label) = worst!
        return Evaluation(
            measurements: [Measurement("K_m(x, y) against the limit at the worst pair \(label)", lhs: km, .equal, rhs: limit,
                                       tolerance: Tolerance(tol, "5 Monte-Carlo standard errors of a mean over m = \(m) neurons"))],
            quantities: [NamedValue("m", Double(m)), NamedValue("d", Double(d)), NamedValue("feature pairs", Double(n * (n + 1) / 2))])
    }
}

