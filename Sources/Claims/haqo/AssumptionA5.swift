import Foundation
import GSLKit

extension HAQOClaims {
    /// Ratio-clip sizes ε checked: 0.3 down to 1e-4.
    static let clipSizes: [Double] = [0.3, 0.2, 0.1, 0.05, 0.02, 0.01, 1e-3, 1e-4]

    /// π(a) = π_old(a)·(1 + ε v̂(a)) with v̂ the direction 'direction' centred under π_old and scaled to
    /// max|v̂| = 1: every ratio π/π_old lies in [1−ε, 1+ε] (A.5(ii)) and the policy is a distribution.
    static func clippedRatios(old: [Double], direction v: [Double], clip eps: Double) -> [Double] {
        var mean = 0.0
        for (p, d) in zip(old, v) { mean += p * d }
        let centred = v.map { $0 - mean }, scale = Vector.infinityNorm(centred)
        return centred.map { 1 + eps * (scale > 0 ? $0 / scale : 0) }
    }

    static func assumptionA5(id: String, reading: String, reverse: Bool) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Assumption A.5(ii) (App. A.3), eq. (19)",
            statement: "(ii) PPO-style ratio clipping: π^i(a^i|s)/π_old^i(a^i|s) ∈ [1−ε, 1+ε], which implies a KL bound of order δ_i = O(ε²).",
            reading: reading + "; the order term read with constant 1, δ_i := ε² (the constant is not printed)",
            hypotheses: "one state's action law π_old ~ Dirichlet(1) on K ∈ {2,…,5} actions ('old') and a direction ~ N(0,I) ('direction'); π = π_old·(1 + ε v̂) with every ratio in [1−ε, 1+ε]; ε ∈ {0.3, …, 1e-4}",
            kind: .upperBound,
            check: ClaimCheck(family: InstanceFamily(
                description: "one state's action law and a ratio-clipped perturbation of it",
                searchSpace: SearchSpace(vectors: ["old": true, "direction": false])
            ) { rng in
                let k = rng.integer(in: 2...5)
                return ClaimInstance(vectors: ["old": rng.dirichlet(dimension: k), "direction": (0..<k).map { _ in rng.normal() }])
            }) { x in
                let old = try x.vector("old"), v = try x.vector("direction")
                let out = clipSizes.map { eps in
                    // KL written through log1p of the ratio, accurate for small ε.
                    let r = clippedRatios(old: old, direction: v, clip: eps)
                    var kl = 0.0
                    for (p, ratio) in zip(old, r) {
                        kl += reverse ? p * ratio * Special.log1p(ratio - 1) : -p * Special.log1p(ratio - 1)
                    }
                    return Measurement("ε=\(shortNumber(eps))", lhs: max(kl, 0), .lessOrEqual, rhs: eps * eps,
                                       tolerance: .roundoff(scale: eps * eps, operations: 8 * old.count, what: "the KL sum"))
                }
                return Evaluation(measurements: out, notes: ["every ratio is in [1−ε, 1+ε] by construction (max|v̂| = 1)"])
            })
    }

    static let assumptionA5 = assumptionA5(id: "haqo.assA.5", reading: "KL(π_old‖π), the direction of A.5(i)", reverse: false)
    static let assumptionA5Reverse = assumptionA5(id: "haqo.assA.5.klNewOld", reading: "KL(π‖π_old), the direction of A.12.4", reverse: true)
}
