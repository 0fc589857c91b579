import Foundation
import GSLKit

extension LTDEClaims {
    /// Path or ring graphs with k ∈ {3, 4}, N = 2, m = 2, a Gibbs team policy with the tabular
    /// energy θ_s[n, c] (width 0) or the neural energy (4.4) of width M, γ ∈ [0.1, 0.95].
    static func gibbsFamily(width: Int) -> InstanceFamily {
        InstanceFamily(
            description: "path or ring graphs with k ∈ {3, 4}, N = 2, m = 2, random model tables; Gibbs team policy with " + (width == 0 ? "tabular energies θ_s[n, c] ~ N(0, 1)" : "the neural energy (4.4), M = \(width), [θ_s]_m ~ N(0, I/(1+m)), τ ~ U[0.5, 2]") + "; γ ∈ [0.1, 0.95]",
            searchSpace: GibbsInstance.searchSpace, admissible: GibbsInstance.admissible
        ) { rng in
            let kind: NetworkGraphKind = rng.integer(below: 2) == 0 ? .path : .ring
            let k = kind == .ring ? 4 : rng.integer(in: 3...4)
            return GibbsInstance.sample(rng, graph: kind, nodes: k, agents: 2, width: width, gammas: 0.1...0.95)
        }
    }

    /// ltde, Lemma 4.1 (policy gradient theorem, Sutton et al. [51]): ∇J(θ) = (1/(1−γ)) E_{σ_θ}[Q^{Π^θ} ∇ log Π^θ].
    /// Left side: the right-hand side of the lemma computed exactly (σ_θ and Q^{Π^θ} by solves);
    /// right side: ∂J/∂θ_i by Richardson-extrapolated central differences of the exact J, for every
    /// coordinate, under both readings of r_s (the identity holds for any reward).
    static let lemma41 = Claim(
        id: "ltde.lem4.1", paper: .ltde, source: "Lemma 4.1 (Sec. 4.1), with (4.1)–(4.2)",
        statement: "∇J(θ) = (1/(1−γ)) E_{σ_θ}[Q^{Π^θ}(µ, h) ∇ log Π^θ(h | µ)], with J(θ) = E_{µ_0~P_0}[Ṽ^{Π^θ}(µ_0)] (4.1) and σ_θ(µ, h) = (1−γ) Σ_t γ^t P(µ_t = µ, h_t = h | Π^θ) (4.2).",
        hypotheses: "tabular Gibbs team policies Π_s^θ(c | n) ∝ exp(θ_s[n, c]) (one-hot features, a special case of (4.4)); P₀ = law of µ under uniform profiles; r_s under both readings; every coordinate of θ",
        kind: .identity,
        check: ClaimCheck(family: gibbsFamily(width: 0)) { x in
            let instance = try GibbsInstance(x)
            var measurements: [Measurement] = []
            for reading in TeamRewardReading.allCases {
                let base = try instance.gradient(reading: reading)
                let formula = base.gradient
                for s in 0..<instance.theta.count {
                    for i in 0..<instance.theta[s].count {
                        let fd = try RichardsonDerivative(step: 1e-3) { h in
                            var shifted = instance.theta
                            shifted[s][i] += h
                            return try instance.gradient(at: shifted, reading: reading).objective
                        }
                        measurements.append(Measurement("\(reading.rawValue) r_s, ∂J/∂θ_\(s)[\(i)]", lhs: formula[s][i], .equal, rhs: fd.value,
                                                        tolerance: fd.tolerance(valueError: base.objectiveError)
                                                            + .roundoff(scale: Vector.infinityNorm(base.q) / (1 - base.gamma), operations: 4 * base.space.count, what: "E_σ[Q ∇log Π]")))
                    }
                }
            }
            return Evaluation(measurements: measurements, quantities: [NamedValue("γ", instance.network.gamma), NamedValue("|Ξ|", Double(instance.space.count))],
                              notes: [instance.network.description])
        })
}
