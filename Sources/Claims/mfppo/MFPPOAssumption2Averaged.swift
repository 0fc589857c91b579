import Foundation
import GSLKit

extension MFPPOClaims {
    /// The anti-concentration read on average over z ~ N(0, I_d/d) (the initialisation distribution, as the
    /// proof of Lemma E.1 applies it to z = β_j(0)): E_z P(|zᵀφ| ≤ t) ≤ c·t·E_z[1/‖z‖]. Closed forms:
    /// E_z P(|zᵀφ| ≤ t) = Σ_φ p(φ) erf(t√d/(√2‖φ‖)), E‖z‖^{-1} = √d Γ((d−1)/2)/(√2 Γ(d/2)); the constant
    /// exhibited is c = √(2d/π) max_φ ‖φ‖^{-1} / E‖z‖^{-1} (from erf(u) ≤ 2u/√π). One measurement per t.
    static let assumption2Averaged = Claim(
        id: "mfppo.asm4.2.averaged", paper: .mfppo, source: "Assumption 2 (Sec. 4), as used in the proof of Lemma E.1",
        statement: assumption2Statement,
        reading: "on average over z ~ N(0, I_d/d): E_z P(|zᵀφ| ≤ t) ≤ c·t·E_z‖z‖^{-1} for every t > 0, with an exhibited c.",
        hypotheses: "As mfppo.asm4.2; t = 10⁻⁸, 10⁻⁷, …, 10².",
        kind: .upperBound,
        check: ClaimCheck(family: featureFamily) { x in
            let setup = try EvaluationSetup(x, realizable: false)
            let features = FeatureDistribution(problem: setup.problem())
            let d = Double(features.dimension)
            let inverseNorm = d.squareRoot() * exp(Special.logGamma((d - 1) / 2) - Special.logGamma(d / 2)) / 2.0.squareRoot()
            let norms = features.probabilities.indices.map { Vector.twoNorm(features.vector($0)) }
            let c = (2 * d / Double.pi).squareRoot() / norms.min()! / inverseNorm
            let ms = (-8...2).map { e -> Measurement in
                let t = pow(10, Double(e))
                let lhs = zip(features.probabilities, norms).reduce(0.0) { $0 + $1.0 * Special.erf(t * d.squareRoot() / (2.0.squareRoot() * $1.1)) }
                return Measurement("t = 1e\(e)", lhs: lhs, .lessOrEqual, rhs: c * t * inverseNorm,
                                   tolerance: .roundoff(scale: max(lhs, 1e-300), operations: 8 * norms.count, what: "Σ p erf"), trivialBound: 1)
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("c", c), NamedValue("E‖z‖^{-1}", inverseNorm), NamedValue("d", d)])
        })
}
