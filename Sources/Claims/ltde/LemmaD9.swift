import Foundation
import GSLKit

extension LTDEClaims {
    /// ltde, Lemma D.9 (Wang et al. [53], Lemma E.2): for θ_s, θ'_s ∈ B_s,
    /// E_init ‖φ_{θ_s}(ζ_s)ᵀθ'_s − φ_{θ_s(0)}(ζ_s)ᵀθ'_s‖_{L2(σ_θ)} ≤ O(R^{3/2} d_{ζ_s}^{3/4}/M^{1/4}). Checked at the
    /// corners θ_s = θ_s(0) − (R/√M)·1 and θ'_s = θ_s(0) + (R/√M)·1: since every ζ_s ≥ 0 componentwise, θ_s
    /// switches off every neuron whose pre-activation at ζ_s is below (R/√M)‖ζ_s‖₁, and θ'_s makes the
    /// switched terms as large as the box allows.
    static let lemmaD9 = Claim(
        id: "ltde.lemD.9", paper: .ltde, source: "Lemma D.9 (App. D.2.2), (D.40)",
        statement: "It holds for any θ_s, θ'_s ∈ B_s = {α_s ∈ ℝ^{M×d_{ζ_s}} : ‖α_s − θ_s(0)‖_∞ ≤ R/√M} that E_init ‖φ_{θ_s}(ζ_s)ᵀθ'_s − φ_{θ_s(0)}(ζ_s)ᵀθ'_s‖_{L2(σ_θ)} ≤ O(R^{3/2} d_{ζ_s}^{3/4}/M^{1/4}) (D.40).",
        reading: "at the corners θ_s = θ_s(0) − (R/√M)1, θ'_s = θ_s(0) + (R/√M)1 (the pattern-flipping choice); σ the visitation of a random Π ∈ U; the largest team",
        hypotheses: "3-node paths, N = 2, m = 2; ζ_s = (µ(s), h(s)), d = 3; R = 1; M = 16 … 4096, 8 initialisations per M",
        kind: .rate,
        check: ClaimCheck(family: criticFamily) { x in
            let problem = try TeamProblem(x)
            let sigma = try problem.chain.visitation(initialMeasures: problem.space.uniformProfileLaw)
            let space = problem.space, d = 1 + space.actionCount
            let widths = [16, 64, 256, 1024, 4096]
            let rng = RandomSource(seed: x.seed).child("features")
            let errors = widths.map { m -> Double in
                let shift = 1 / Double(m).squareRoot()
                var worst = 0.0
                for s in 0..<space.nodeCount {
                    var total = 0.0
                    for seed in 0..<8 {
                        let initial = SignRepresenter.initial(width: m, dimension: d, rng: rng.child("M=\(m)#\(seed)#\(s)"))
                        let gap = (0..<space.count).map { xi -> Double in
                            let zeta = space.localFeature(xi, node: s)
                            var out = 0.0
                            for j in 0..<m {
                                var pre0 = 0.0, preTheta = 0.0, prime = 0.0
                                for i in 0..<d {
                                    pre0 += zeta[i] * initial[j * d + i]
                                    preTheta += zeta[i] * (initial[j * d + i] - shift)
                                    prime += zeta[i] * (initial[j * d + i] + shift)
                                }
                                out += ((preTheta > 0 ? 1.0 : 0) - (pre0 > 0 ? 1.0 : 0)) * prime
                            }
                            return out / Double(m).squareRoot()
                        }
                        total += l2Norm(gap, weights: sigma) / 8
                    }
                    worst = max(worst, total)
                }
                return worst
            }
            return Evaluation(
                rate: RateObservation(x: widths.map(Double.init), y: errors, claimedExponent: -0.25, kind: .atMost,
                                      xLabel: "M (width)", yLabel: "E_init ‖(φ_θ − φ_θ(0))ᵀθ'‖_{L2(σ)}"),
                quantities: zip(widths, errors).map { NamedValue("M = \($0)", $1) },
                notes: [problem.instance.description])
        },
        defaultInstances: 2)
}
