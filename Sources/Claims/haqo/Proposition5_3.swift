import Foundation
import GSLKit

/// haqo Proposition 5.3 (Entropy Surrogate for Diffusion Actors), eqs. (9)–(10), and its readings.
extension HAQOClaims {
    /// Proposition 5.3 as printed.
    static let proposition53Statement = "Let π^i be a diffusion-based policy whose density π^i(a^i|s) is implicit. Define the surrogate objective J_i^ent(θ^i) = E_s E_{ã^i~U(A^i), ε, t}[α_i ‖ε − ε_{θ^i}(√ᾱ_t ã^i + √(1−ᾱ_t) ε, s, t)‖²], where α_i > 0 is a scaling coefficient and ε_{θ^i} is the diffusion denoiser. Then: 1. J_i^ent(θ^i) ≥ 0 for all θ^i, ensuring that it provides only non-negative exploration pressure. 2. Minimizing J_i^ent enforces a spectral floor λ_min(Σ_s^i) ≥ σ_min² > 0, guaranteeing the bound H(A^i|s) ≥ (d_i/2) log(2πe σ_min²), where Σ_s^i = Var(A^i|s) and d_i = dim A^i."

    static let continuousHypotheses = "1-D action laws (d_i = 1) on the bounded action set [−1,1]: w·U[−1,1] + (1−w)·(mixture of 1–3 Gaussians, means in [−1,1], scales in [0.03, 0.5]); w = 1 (the exact minimiser of J^ent over all denoisers: its Bayes denoiser samples U) with probability ¼, else w ~ U(0.05, 1) (minimisers of α J^ent plus a Q-weighted term)"

    /// (10) on a continuous law with a stated floor σ_min².
    static func entropyFloorMeasurement(_ law: ScalarActionLaw, floor: Double, label: String = "") throws -> (Measurement, [NamedValue]) {
        let h = try law.differentialEntropy()
        let rhs = 0.5 * log(2 * Double.pi * M_E * floor)
        return (Measurement(label, lhs: h.value, .greaterOrEqual, rhs: rhs,
                            tolerance: Tolerance(4 * h.absoluteError + 64 * Double.ulpOfOne * max(abs(h.value), 1), "quadrature of H (4 × GSL error estimate) + round-off")),
                [NamedValue("H(A|s)", h.value), NamedValue("σ_min²", floor), NamedValue("Var(A|s)", law.variance),
                 NamedValue("uniform weight w", ContinuousPolicyFamily.uniformWeight(law)),
                 NamedValue("½ln(2πe·Var) − H (the C of (125) the law needs)", 0.5 * log(2 * Double.pi * M_E * law.variance) - h.value)])
    }

    static func proposition53Floor(id: String, source: String = "Proposition 5.3 (Sec. 5.3), eq. (10), part 2; proof App. A.8",
                                   statement: String = proposition53Statement, reading: String,
                                   floor: @escaping @Sendable (ScalarActionLaw) -> Double) -> Claim {
        Claim(
            id: id, paper: .haqo, source: source,
            statement: statement, reading: reading,
            hypotheses: continuousHypotheses + "; H by QAGP quadrature",
            kind: .lowerBound,
            check: ClaimCheck(family: ContinuousPolicyFamily.family()) { x in
                let law = try ContinuousPolicyFamily.law(x)
                let (m, q) = try entropyFloorMeasurement(law, floor: floor(law))
                return Evaluation(measurements: [m], quantities: q)
            },
            defaultInstances: 16)
    }

    static let proposition53 = proposition53Floor(
        id: "haqo.prop5.3",
        reading: "part 2, (10) with σ_min² := λ_min(Σ_s^i) = Var(A^i|s), the largest floor the hypothesis λ_min ≥ σ_min² allows (σ_min is not specified); differential entropy",
        floor: { $0.variance })

    static let proposition53UniformFloor = proposition53Floor(
        id: "haqo.prop5.3.uniformFloor",
        reading: "part 2, (10) with σ_min² := w·Var(U) = w/3, the floor the uniform component of weight w enforces (law of total variance: Var ≥ w·Var(U)); differential entropy",
        floor: { ContinuousPolicyFamily.uniformWeight($0) / 3 })

    /// (10) read on discrete action sets (Assumption A.3 allows the counting measure) with the
    /// Shannon entropy.
    static let proposition53Discrete = Claim(
        id: "haqo.prop5.3.discrete", paper: .haqo, source: "Proposition 5.3 (Sec. 5.3), eq. (10), part 2",
        statement: proposition53Statement,
        reading: "discrete A^i (counting measure, allowed by Assumption A.3) embedded evenly in [−1,1]; H = Shannon entropy; σ_min² := Var(A^i|s)",
        hypotheses: "action laws on K ∈ {2,…,5} evenly spaced points of [−1,1]: the HAQO tilted law q ∝ π_old·w̄ + α/K with π_old ~ Dirichlet(1), w̄ ~ U[0,1]^K, α ∈ [1e-3, 1] ('probabilities' holds q)",
        kind: .lowerBound,
        check: ClaimCheck(family: InstanceFamily(
            description: "HAQO tilted laws on embedded discrete actions",
            searchSpace: SearchSpace(vectors: ["probabilities": true])
        ) { rng in
            let k = rng.integer(in: 2...5), old = rng.dirichlet(dimension: k), w = (0..<k).map { _ in rng.uniform() }
            let alpha = exp(rng.uniform(log(1e-3), 0))
            let mass = zip(old, w).reduce(0) { $0 + $1.0 * $1.1 }
            return ClaimInstance(vectors: ["probabilities": zip(old, w).map { ($0 * $1 + alpha / Double(k)) / (mass + alpha) }])
        }) { x in
            let p = try x.vector("probabilities")
            let law = ScalarActionLaw.discrete(points: HAQOGames.actionEmbedding(count: p.count), probabilities: p)
            let rhs = 0.5 * log(2 * Double.pi * M_E * law.variance)
            return Evaluation(measurements: [Measurement(lhs: law.shannonEntropy, .greaterOrEqual, rhs: rhs,
                                                         tolerance: .roundoff(scale: 2, operations: 4 * p.count, what: "the entropy sum"))],
                              quantities: [NamedValue("H", law.shannonEntropy), NamedValue("Var", law.variance)])
        })
}
