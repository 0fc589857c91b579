import ExactSolvers
import Foundation
import GSLKit

extension MFPPOClaims {
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
                let viaCurrent = ExponentialWeights.reweightRows(step.current, by: step.critic, scale: 1 / step.v, width: step.critic.count)
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
}
