import Foundation
import GSLKit
import Learners

extension MFPPOClaims {
    static let proposition32Statement = "Let π_k ∝ exp(τ_k^{-1} F^A_{α_k}) denote the energy-based policy, then the update π̄_{k+1} = argmax_π E_{ν_k}{⟨F^Q_{θ_k}(s, d_S, ·), π(·|s, d_S)⟩ − v_k KL(π(·|s, d_S) ‖ π_k(·|s, d_S))} yields π̄_{k+1} ∝ exp{v_k^{-1} F^Q_{θ_k} + τ_k^{-1} F^A_{α_k}}."

    /// States, actions, critic and energy tables, v_k and τ_k of a Prop. 3.2 instance.
    static let proximalFamily = InstanceFamily(
        description: "1–4 states, |Ā| ∈ {2, …, 8}; F^Q ~ N(0, 1), F^A ~ N(0, 2²) per entry; v_k, τ_k log-uniform in [0.05, 20]",
        searchSpace: SearchSpace(scalars: ["v": .positive, "tau": .positive], vectors: ["critic": false, "energy": false]),
        admissible: { x in
            guard let c = x.vectors["critic"], let e = x.vectors["energy"], let k = x.integers["actions"], k >= 1,
                  c.count == e.count, c.count % k == 0, !c.isEmpty else { return "critic and energy tables of equal length, a multiple of |Ā|" }
            return (x.scalars["v"] ?? 0) > 0 && (x.scalars["tau"] ?? 0) > 0 ? nil : "v_k, τ_k must be positive"
        }) { rng in
        let rows = rng.integer(in: 1...4), k = rng.integer(in: 2...8)
        return ClaimInstance(scalars: ["v": exp(rng.uniform(log(0.05), log(20))), "tau": exp(rng.uniform(log(0.05), log(20)))],
                             integers: ["actions": k],
                             vectors: ["critic": (0..<(rows * k)).map { _ in rng.normal() },
                                       "energy": (0..<(rows * k)).map { _ in rng.normal(standardDeviation: 2) }],
                             seed: SeedSequence.derive(rng.seed, "points"))
    }

    static func proximalSteps(_ x: ClaimInstance) throws -> [ProximalStep] {
        let k = try x.integer("actions"), c = try x.vector("critic"), e = try x.vector("energy")
        let v = try x.scalar("v"), tau = try x.scalar("tau")
        return (0..<(c.count / k)).map { r in
            ProximalStep(critic: PolicyRows.row(c, r, width: k), energy: PolicyRows.row(e, r, width: k), v: v, tau: tau)
        }
    }
}

