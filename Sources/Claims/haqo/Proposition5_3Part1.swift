import Foundation
import GSLKit

extension HAQOClaims {
    /// Part 1 of Prop. 5.3: J^ent ≥ 0 for every denoiser.
    static let proposition53Nonnegativity = Claim(
        id: "haqo.prop5.3.nonnegativity", paper: .haqo, source: "Proposition 5.3 (Sec. 5.3), eq. (9), part 1",
        statement: proposition53Statement,
        reading: "part 1: J^ent(θ) ≥ 0; θ the Bayes denoiser of the law in the instance and the affine denoiser ε_θ(z) = a·z + b ('slope', 'offset'); U = U[−1,1]; α_i = 'alpha'; T = 50 linear schedule",
        hypotheses: continuousHypotheses + "; α ∈ [1e-3, 1], a ∈ [−3, 3], b ∈ [−3, 3]",
        kind: .lowerBound,
        check: ClaimCheck(family: ContinuousPolicyFamily.family(
            scalars: ["alpha": .interval(1e-3, 1), "slope": .interval(-3, 3), "offset": .interval(-3, 3)],
            drawScalars: { rng in ["alpha": exp(rng.uniform(log(1e-3), 0)), "slope": rng.uniform(-3, 3), "offset": rng.uniform(-3, 3)] })) { x in
            let law = try ContinuousPolicyFamily.law(x), alpha = try x.scalar("alpha"), a = try x.scalar("slope"), b = try x.scalar("offset")
            var bayes = QuadratureSum(), affine = QuadratureSum()
            for abar in NoiseSchedule.paper.alphaBars {
                let data = NoisedActionLaw(law: .uniform(-1, 1), alphaBar: abar), w = alpha / Double(NoiseSchedule.paper.steps)
                bayes.add(try DenoisingRisk.unweighted(data: data, denoiser: NoisedActionLaw(law: law, alphaBar: abar).bayesDenoiser), weight: w)
                affine.add(try DenoisingRisk.unweighted(data: data, denoiser: { a * $0 + b }), weight: w)
            }
            return Evaluation(measurements: [
                Measurement("θ = Bayes denoiser of the law", lhs: bayes.value, .greaterOrEqual, rhs: 0, tolerance: bayes.tolerance(what: "J^ent")),
                Measurement("θ affine", lhs: affine.value, .greaterOrEqual, rhs: 0, tolerance: affine.tolerance(what: "J^ent")),
            ], quantities: [NamedValue("α", alpha)])
        })
}
