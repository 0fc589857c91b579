import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Assumption 2 (Sec. 4), anti-concentration, as printed: for every z. With finitely many
    /// feature vectors (finite S and A), a unit z orthogonal to the most likely feature φ₀ has
    /// P(|zᵀφ| ≤ t) ≥ p(φ₀) for every t > 0, so c ≥ p(φ₀)/t for all t. Measured: P(|zᵀφ| ≤ t)·‖z‖/t for
    /// that z at t = 10⁻¹ … 10⁻⁷, exactly; a valid c needs it bounded: claimed growth exponent 0 in 1/t.
    static let assumption2 = Claim(
        id: "mfppo.asm4.2", paper: .mfppo, source: "Assumption 2 (Sec. 4)",
        statement: assumption2Statement,
        reading: "anti-concentration for every fixed z (the expectation over the features only).",
        hypotheses: "Features (e_s, e_x, e_ā)/√3 under (s, d, ā) ~ σ_k, x ~ d on mean-field MDPs (as mfppo.thmE.1); z a unit vector orthogonal to the most likely feature (random otherwise); t = 10⁻¹, …, 10⁻⁷.",
        kind: .rate,
        check: ClaimCheck(family: featureFamily) { x in
            let setup = try EvaluationSetup(x, realizable: false)
            let features = FeatureDistribution(problem: setup.problem())
            let top = features.probabilities.indices.max { features.probabilities[$0] < features.probabilities[$1] }!
            let phi0 = features.vector(top)
            let rng = RandomSource(seed: SeedSequence.derive(x.seed, "direction"))
            var z = (0..<features.dimension).map { _ in rng.normal() }
            let along = Vector.dot(z, phi0) / Vector.dot(phi0, phi0)
            z = zip(z, phi0).map { $0 - along * $1 }
            let norm = Vector.twoNorm(z)
            z = z.map { $0 / norm }
            let ts = (1...7).map { pow(10, -Double($0)) }
            let ratios = ts.map { t in
                features.probabilities.indices.reduce(0.0) { acc, f in abs(Vector.dot(z, features.vector(f))) <= t ? acc + features.probabilities[f] : acc } / t
            }
            return Evaluation(rate: RateObservation(x: ts.map { 1 / $0 }, y: ratios, claimedExponent: 0, kind: .atMost, xLabel: "1/t",
                                                    yLabel: "P(|zᵀφ| ≤ t)·‖z‖/t"),
                              quantities: [NamedValue("p(φ₀), most likely feature", features.probabilities[top]), NamedValue("d", Double(features.dimension)),
                                           NamedValue("r̄ = max|r|", setup.model.maxAbsoluteReward)],
                              notes: ["finitely many features: P(|zᵀφ| ≤ t) ≥ p(φ₀) > 0 for z ⊥ φ₀, so no c satisfies the printed inequality as t → 0"])
        },
        defaultInstances: 2)
}
