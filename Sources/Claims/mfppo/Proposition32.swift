import Foundation
import GSLKit

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

    /// mfppo, Proposition 3.2 (Sec. 3), as printed (KL(π ‖ π_k)). The problem separates over states
    /// (App. D); per state, p̄ ∝ exp(F^Q/v + F^A/τ) is compared with (1) the Nelder–Mead maximum over
    /// softmax logits, (2) the best of 2000 Dirichlet(1) points, (3) the form π_k exp(F^Q/v)/Z, and
    /// (4) stationarity: F^Q − v log(p̄/π_k) is constant over ā (the KKT condition of the simplex).
    static let proposition32 = Claim(
        id: "mfppo.prop3.2", paper: .mfppo, source: "Proposition 3.2 (Sec. 3); proof in App. D",
        statement: proposition32Statement,
        hypotheses: "Per state, |Ā| ∈ {2, …, 8}, F^Q ~ N(0,1), F^A ~ N(0,4), v_k, τ_k ∈ [0.05, 20] log-uniform; ν_k(x) > 0 (a state of ν_k-mass 0 leaves the argmax free there).",
        kind: .lowerBound,
        check: ClaimCheck(family: proximalFamily) { x in
            let rng = RandomSource(seed: x.seed)
            var measurements: [Measurement] = []
            var worstGain = -Double.infinity
            for (r, step) in try proximalSteps(x).enumerated() {
                let pBar = step.closedForm, jBar = step.objective(pBar)
                let scale = Vector.infinityNorm(step.critic) + step.v * (Vector.infinityNorm(step.energy) / step.tau + 1)
                let tol = Tolerance.roundoff(scale: scale, operations: 8 * step.critic.count, what: "⟨F, p⟩ − v·KL at |Ā| = \(step.critic.count)")
                let numerical = try step.numericalMaximum()
                let sampled = (0..<2000).map { _ in step.objective(rng.dirichlet(dimension: step.critic.count)) }.max()!
                let viaCurrent = PolicyRows.reweight(step.current, by: step.critic, scale: 1 / step.v, actions: step.critic.count)
                let kkt = zip(step.critic, zip(pBar, step.current)).map { $0 - step.v * log($1.0 / $1.1) }
                worstGain = max(worstGain, numerical - jBar, sampled - jBar)
                measurements += [
                    Measurement("state \(r): objective at p̄ ≥ Nelder–Mead maximum", lhs: jBar, .greaterOrEqual, rhs: numerical, tolerance: tol),
                    Measurement("state \(r): objective at p̄ ≥ best of 2000 random points", lhs: jBar, .greaterOrEqual, rhs: sampled, tolerance: tol),
                    Measurement("state \(r): max_ā |p̄ − π_k e^{F^Q/v}/Z|", lhs: Vector.infinityNorm(Vector.difference(pBar, viaCurrent)), .equal, rhs: 0, tolerance: tol),
                    Measurement("state \(r): spread over ā of F^Q − v log(p̄/π_k)", lhs: kkt.max()! - kkt.min()!, .equal, rhs: 0, tolerance: tol),
                ]
            }
            return Evaluation(measurements: measurements,
                              quantities: [NamedValue("v_k", try x.scalar("v")), NamedValue("τ_k", try x.scalar("tau")),
                                           NamedValue("largest gain of a competitor over p̄", worstGain)])
        })

    /// The same closed form held against the objective displayed in the proof of Proposition 3.2
    /// (App. D), whose penalty is KL(π_α ‖ π), i.e. KL(π_k ‖ π) with π the variable. Its exact
    /// maximiser p = vπ_k/(λ − F^Q) (bisection on λ) is the competitor.
    static let proposition32ProofDirection = Claim(
        id: "mfppo.prop3.2.proofDirection", paper: .mfppo, source: "Proposition 3.2, proof (App. D)",
        statement: proposition32Statement,
        reading: "the KL direction displayed in the proof: maximise ⟨F^Q, π⟩ − v_k KL(π_k ‖ π).",
        hypotheses: "As mfppo.prop3.2.",
        kind: .lowerBound,
        check: ClaimCheck(family: proximalFamily) { x in
            var measurements: [Measurement] = []
            for (r, step) in try proximalSteps(x).enumerated() {
                let scale = Vector.infinityNorm(step.critic) + step.v * (Vector.infinityNorm(step.energy) / step.tau + 1)
                measurements.append(Measurement("state \(r): reversed objective at p̄ ≥ its maximum", lhs: step.reversedObjective(step.closedForm),
                                                .greaterOrEqual, rhs: step.reversedObjective(step.reversedMaximizer),
                                                tolerance: .roundoff(scale: scale, operations: 8 * step.critic.count, what: "⟨F, p⟩ − v·KL")))
            }
            return Evaluation(measurements: measurements,
                              quantities: [NamedValue("v_k", try x.scalar("v")), NamedValue("τ_k", try x.scalar("tau"))],
                              notes: ["the proof's stationarity line F − v(log(π/π_k) − 1) = 0 is that of KL(π‖π_k) (up to the sign of the constant), not of the displayed KL(π_α‖π)"])
        })
}
