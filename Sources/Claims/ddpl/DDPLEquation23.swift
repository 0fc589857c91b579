import Foundation
import GSLKit

extension DDPLClaims {
    static let equation23Statement = "E_{a_i^{(j)}~p̃(·|s)}[L^is_{i,s}(θ_i)] = (1/N) Σ_j ∫ p̃(a^{(j)}|s) (π_i^{⋆,k}(a^{(j)}|s)/p̃(a^{(j)}|s)) l_i^{θ_i}(a^{(j)}|s) da^{(j)} = ∫ π_i^{⋆,k}(a|s) l_i^{θ_i}(a|s) da = E_{a~π_i^{⋆,k}}[l_i^{θ_i}(a|s)] = L_{i,s}(θ_i) (23)."

    /// The Monte Carlo mean of the ISSM loss against E_{π*}[l^θ] by quadrature, with a z-test.
    static func equation23Evaluation(_ x: ClaimInstance, normalizedWeight: Bool) throws -> Evaluation {
        let target = try issmTarget(x)
        let loss = try affineLoss(x, sign: .score)
        let z = try target.normalizer()
        let exact = try target.proposalExpectation { target.weight($0, normalizer: z.value) * loss($0) }
        let rng = RandomSource(seed: x.seed)
        let samples = 16, replicates = 400
        var values: [Double] = []
        for _ in 0..<replicates {
            var sum = 0.0
            for _ in 0..<samples {
                let a = target.sample(rng)
                let w = normalizedWeight ? target.weight(a, normalizer: z.value) : exp(target.lambda * target.q(a))
                sum += w * loss(a)
            }
            values.append(sum / Double(samples))
        }
        let mean = values.reduce(0, +) / Double(replicates)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(replicates - 1)
        let standardError = (variance / Double(replicates)).squareRoot()
        return Evaluation(
            measurements: [Measurement("E[L^is] (Monte Carlo) = E_{π*}[l^θ] (quadrature)", lhs: mean, .equal, rhs: exact.value,
                                       tolerance: Tolerance(4 * standardError + exact.absoluteError,
                                                            "4 standard errors of the mean of \(replicates) replicates of L^is (N = \(samples)) + QAGP error"))],
            quantities: [NamedValue("Monte Carlo mean", mean), NamedValue("standard error", standardError), NamedValue("E_{π*}[l^θ]", exact.value),
                         NamedValue("Z = E_p̃ e^{λQ̂}", z.value), NamedValue("λ", target.lambda)],
            notes: [normalizedWeight ? "weights π*/p̃ = e^{λQ̂}/Z" : "weights e^{λQ̂} (Sec. 4.1 and Algorithm 2, without 1/Z)"])
    }

    /// ddpl, App. B.1, eq. (23), as printed (weights π*/p̃). Left side: the mean of 400 independent
    /// replicates of L^is with N = 16 draws from p̃; right side: E_{π*}[l^θ] by quadrature.
    static let equation23 = Claim(
        id: "ddpl.eq23", paper: .ddpl, source: "App. B.1, eq. (23)",
        statement: equation23Statement,
        reading: "weights π*/p̃ = e^{λQ̂}/Z (the ratio as written in eq. 2)",
        hypotheses: "d = 1, see family; l^θ for an affine score field, target sign −ε/√(1−ᾱ) (either sign leaves the identity unchanged)",
        kind: .identity,
        check: ClaimCheck(family: issmFamily) { x in try equation23Evaluation(x, normalizedWeight: true) })
}
