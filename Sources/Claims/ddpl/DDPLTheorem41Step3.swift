import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Theorem 4.1 proof, Step 1, eqs. (29)–(30), as printed: Bernstein's inequality for one θ̃,
    /// checked by the frequency of |L̂ − L| > 𝓘₁ + 𝓘₂ over 2000 independent samples of size N = 32
    /// (δ' = 0.05), and the algebra 𝓘₁ ≥ 𝓘₂ under N ≥ 2c_w² log(2/δ')/9.
    static let theorem41Step3 = Claim(
        id: "ddpl.thm4.1/step3", paper: .ddpl, source: "Theorem 4.1 proof (App. B.2), Step 1, eqs. (29)–(30)",
        statement: "With probability at least 1 − δ', ‖(1/N)Σ_j f^θ̃(a^{(j)}) − E f^θ̃(a)‖ ≤ √(2κ_1² log(2/δ')) (E_{a~p̃} w(a)⁴)^{1/4}/√N + (2κ_1 c_w log(2/δ')/3)(1/N) = 𝓘_1 + 𝓘_2 (29). Since N ≥ 2c_w² log(2/δ')/9 and E(w⁴) ≥ (E w)⁴ ≥ 1, 𝓘_1 ≥ 𝓘_2, so the deviation is at most 2𝓘_1 (30).",
        hypotheses: "d = 1; see family; N = 32, δ' = 0.05, 2000 replicates (the binomial frequency compared with δ' + 4 standard deviations)",
        kind: .upperBound,
        check: ClaimCheck(family: issmScheduleFamily) { x in
            let p = try ISSMStep(x)
            let z = p.normalizer, t = p.target, l = p.loss
            let mean = try t.proposalExpectation { t.weight($0, normalizer: z) * l($0) }
            let n = 32.0, deltaPrime = 0.05, replicates = 2000
            let i1 = (2 * p.kappa1 * p.kappa1 * log(2 / deltaPrime)).squareRoot() * pow(p.fourthMoment.value, 0.25) / n.squareRoot()
            let i2 = 2 * p.kappa1 * p.cw * log(2 / deltaPrime) / (3 * n)
            let rng = RandomSource(seed: x.seed)
            var exceed = 0
            for _ in 0..<replicates {
                var sum = 0.0
                for _ in 0..<Int(n) { let a = t.sample(rng); sum += t.weight(a, normalizer: z) * l(a) }
                if abs(sum / n - mean.value) > i1 + i2 { exceed += 1 }
            }
            let frequency = Double(exceed) / Double(replicates)
            let binomial = (deltaPrime * (1 - deltaPrime) / Double(replicates)).squareRoot()
            var measurements = [Measurement("P(|L̂ − L| > 𝓘₁ + 𝓘₂)", lhs: frequency, .lessOrEqual, rhs: deltaPrime,
                                            tolerance: Tolerance(4 * binomial, "4 binomial standard deviations at δ' over \(replicates) replicates"))]
            if n >= 2 * p.cw * p.cw * log(2 / deltaPrime) / 9 {
                measurements.append(Measurement("(30) 𝓘₁ ≥ 𝓘₂", lhs: i1, .greaterOrEqual, rhs: i2, tolerance: .roundoff(scale: i1, operations: 16, what: "𝓘₁, 𝓘₂")))
            }
            return Evaluation(measurements: measurements,
                              quantities: p.quantities + [NamedValue("𝓘₁", i1), NamedValue("𝓘₂", i2), NamedValue("N", n),
                                                          NamedValue("2c_w² log(2/δ')/9", 2 * p.cw * p.cw * log(2 / deltaPrime) / 9),
                                                          NamedValue("observed max deviation frequency", frequency)])
        })
}
