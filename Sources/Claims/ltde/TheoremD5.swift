import Foundation
import GSLKit

extension LTDEClaims {
    /// The neural actor of Theorem 5.10's setting: M = 4, R = τ = 1 (scalars `radius`, `temperature`).
    static let actorFamily = InstanceFamily(
        description: "path or ring graphs with k ∈ {3, 4}, N = 2, m = 2, random model tables; neural actor (4.4), M = 4, R = τ = 1, θ(0) ~ N(0, I/3); γ ∈ [0.1, 0.95]",
        admissible: GibbsInstance.admissible
    ) { rng in
        var x = try neuralActorFamily.sample(rng)
        x.scalars["temperature"] = 1
        x.scalars["radius"] = 1
        return x
    }

    static let theoremD5Statement = "Assume Assumptions 5.5–5.7. Set η = (T_actor)^{−1/2} and assume 1 − Lη ≥ 1/2, where L is the Lipschitz constant in Assumption 5.7. Then the output {θ(t)}_{t∈[T_actor]} of Algorithm 2 satisfies min_{t∈[T_actor]} E[‖ρ(t)‖₂²] ≤ 8τ²Σ²|S|/B + (4/√T_actor) E[J(θ(T_actor + 1)) − J(θ(1))] + ε_Q(T_actor) (D.16), with ε_Q(T) = (32τDR d_{ζ_s}^{1/2}|S|/((1−γ)ηT)) Σ_{t=1}^T Σ_s E‖Q_s(·; ω̄_s, t) − Q_s^{Π^{θ(t)}}‖_{L2(ν_{θ(t)})} + (16τ²D²|S|²/((1−γ)²T)) Σ_t Σ_s E‖Q_s(·; ω̄_s, t) − Q_s^{Π^{θ(t)}}‖²_{L2(ν_{θ(t)})} (D.17), ρ(t) = G(θ(t)) of (D.15)."

    /// ltde, Theorem D.5, stochastic: Algorithm 2's actor with B = 4 samples from the exact σ_{θ(t)} and
    /// exact critics (k ≥ ecc, so ε_Q = 0), T = 32, η = T^{−1/2}; expectations over 16 runs. Σ² is the
    /// smallest value satisfying Assumption 5.5 along the runs (max_{t,s} Var_σ(ĝ_s^{(1)})/τ²).
    static let theoremD5 = Claim(
        id: "ltde.thmD.5", paper: .ltde, source: "Theorem D.5 (App. D.2.1), (D.16)–(D.17)",
        statement: theoremD5Statement,
        reading: "exact critics (ε_Q = 0); Σ² = max over the runs of max_{t,s} Var_σ(ĝ_s^{(1)})/τ²; expectations by the mean over 16 runs, min_t of the means (biased low, so a violation is conservative)",
        hypotheses: "actor family (M = 4, R = τ = 1); r_s as printed; T = 32, η = T^{−1/2}, B = 4; 16 runs; L unknown: the largest secant ‖Δ∇J‖/‖Δθ‖ along the runs is reported with whether L̂η ≤ 1/2",
        kind: .upperBound,
        check: ClaimCheck(family: actorFamily) { x in
            let instance = try GibbsInstance(x)
            let box = ActorBox(centre: instance.theta, radius: try x.scalar("radius"), width: 4)
            let steps = 32, eta = 1 / Double(steps).squareRoot(), batch = 4, tau = try x.scalar("temperature")
            let rng = RandomSource(seed: x.seed).child("runs")
            let k = instance.space.nodeCount
            let runs = try (0..<16).map { r in
                try ActorRun(instance: instance, box: box, steps: steps, stepSize: eta, batch: batch, hops: k, reading: .printed,
                             rng: rng.child("run\(r)"), critics: exactCritics)
            }
            let n = Double(runs.count)
            let meanMapping = (0..<steps).map { t in runs.reduce(0.0) { $0 + $1.gradientMappings[t] } / n }
            let tStar = meanMapping.indices.min { meanMapping[$0] < meanMapping[$1] }!
            let spread = (runs.reduce(0.0) { $0 + pow($1.gradientMappings[tStar] - meanMapping[tStar], 2) } / (n - 1)).squareRoot()
            let gains = runs.map { $0.objectives[steps] - $0.objectives[0] }
            let meanGain = gains.reduce(0, +) / n
            let gainSpread = (gains.reduce(0.0) { $0 + pow($1 - meanGain, 2) } / (n - 1)).squareRoot()
            let sigma2 = runs.map { $0.varianceRatios.max()! }.max()!
            let sizeS = Double(instance.space.nodeCount)
            let rhs = 8 * tau * tau * sigma2 * sizeS / Double(batch) + 4 / Double(steps).squareRoot() * meanGain
            let lHat = runs.map(\.secantLipschitz).max()!
            return Evaluation(
                measurements: [Measurement("min_t E‖G(θ(t))‖² (at t = \(tStar + 1))", lhs: meanMapping[tStar], .lessOrEqual, rhs: rhs,
                                           tolerance: Tolerance(3 * (spread + 4 / Double(steps).squareRoot() * gainSpread) / n.squareRoot(),
                                                                "3 standard errors of the two run means (16 runs)"))],
                quantities: [NamedValue("Σ²", sigma2), NamedValue("8τ²Σ²|S|/B", 8 * tau * tau * sigma2 * sizeS / Double(batch)),
                             NamedValue("E[J(θ(T+1)) − J(θ(1))]", meanGain), NamedValue("L̂ (secant)", lHat), NamedValue("L̂η", lHat * eta)],
                notes: [instance.network.description + (lHat * eta <= 0.5 ? "; L̂η ≤ 1/2" : "; L̂η > 1/2: the hypothesis 1 − Lη ≥ 1/2 fails for L ≥ L̂")])
        },
        defaultInstances: 4)

    /// ltde, Theorem D.5 with the exact gradient (B = ∞, exact critics): min_t ‖G(θ(t))‖² ≤
    /// (4/√T)(J(θ(T+1)) − J(θ(1))), for T = 16, 64, 256.
    static let theoremD5Exact = Claim(
        id: "ltde.thmD.5.exactGradient", paper: .ltde, source: "Theorem D.5 (App. D.2.1), (D.16) with B = ∞ and ε_Q = 0",
        statement: theoremD5Statement,
        reading: "B = ∞ (E[ĝ] = ∇J: the Σ-term vanishes) and exact critics (ε_Q = 0): min_t ‖G(θ(t))‖² ≤ (4/√T)(J(θ(T+1)) − J(θ(1)))",
        hypotheses: "actor family (M = 4, R = τ = 1); r_s as printed; T ∈ {16, 64, 256}, η = T^{−1/2}",
        kind: .upperBound,
        check: ClaimCheck(family: actorFamily) { x in
            let instance = try GibbsInstance(x)
            let box = ActorBox(centre: instance.theta, radius: try x.scalar("radius"), width: 4)
            var measurements: [Measurement] = [], quantities: [NamedValue] = []
            for steps in [16, 64, 256] {
                let eta = 1 / Double(steps).squareRoot()
                let run = try ActorRun(instance: instance, box: box, steps: steps, stepSize: eta, batch: nil, hops: instance.space.nodeCount,
                                       reading: .printed, rng: RandomSource(seed: x.seed), critics: exactCritics)
                let gain = run.objectives[steps] - run.objectives[0]
                measurements.append(Measurement("T = \(steps)", lhs: run.gradientMappings.min()!, .lessOrEqual, rhs: 4 / Double(steps).squareRoot() * gain,
                                                tolerance: .roundoff(scale: abs(run.objectives[steps]) + run.gradientMappings.max()!, operations: 64 * instance.space.count,
                                                                     what: "exact J and ∇J")))
                quantities.append(NamedValue("L̂η at T = \(steps)", run.secantLipschitz * eta))
            }
            return Evaluation(measurements: measurements, quantities: quantities, notes: [instance.network.description])
        })

    /// ltde, Theorem D.5 with inexact critics: B = ∞ and the critics Q_y(·; ω̄_y) replaced by the
    /// localized fixed points Q_loc,y at k = 1 (the M, T_critic → ∞ limit of Algorithm 1), so that
    /// ε_Q(T) of (D.17) is evaluated with the exact L2(ν_{θ(t)}) critic errors and D² = max_t E_ν[(σ/ν)²].
    static let theoremD5LocalizedCritic = Claim(
        id: "ltde.thmD.5.localizedCritic", paper: .ltde, source: "Theorem D.5 (App. D.2.1), (D.16)–(D.17) with B = ∞",
        statement: theoremD5Statement,
        reading: "B = ∞; critics Q_loc,y at k = 1 (tabular limit of Algorithm 1); D² = max_t Σ_ξ σ_{θ(t)}²/ν_{θ(t)} (the smallest D satisfying Assumption 5.6 along the run); d_{ζ_s} = 1 + m",
        hypotheses: "actor family (M = 4, R = τ = 1); r_s as printed; T = 32, η = T^{−1/2}",
        kind: .upperBound,
        check: ClaimCheck(family: actorFamily) { x in
            let instance = try GibbsInstance(x)
            let radius = try x.scalar("radius"), tau = try x.scalar("temperature")
            let box = ActorBox(centre: instance.theta, radius: radius, width: 4)
            let steps = 32, eta = 1 / Double(steps).squareRoot()
            var criticError = 0.0, criticSquared = 0.0, dSquared = 0.0
            let run = try ActorRun(instance: instance, box: box, steps: steps, stepSize: eta, batch: nil, hops: 1, reading: .printed,
                                   rng: RandomSource(seed: x.seed)) { pg in
                let nu = try pg.chain.stationaryDistribution()
                dSquared = max(dSquared, zip(pg.sigma, nu).reduce(0.0) { $0 + ($1.1 > 0 ? $1.0 * $1.0 / $1.1 : 0) })
                return try (0..<pg.space.nodeCount).map { y in
                    let classes = OutsideSpread(actionValues: pg.teamQ[y], space: pg.space, team: y, hops: 1).classes
                    let local = try LocalizedFixedPoint(chain: pg.chain, reward: pg.rewards.values[y], nu: nu, classes: classes).values
                    let e = l2Norm(Vector.difference(local, pg.teamQ[y]), weights: nu)
                    criticError += e
                    criticSquared += e * e
                    return local
                }
            }
            let gamma = instance.network.gamma, sizeS = Double(instance.space.nodeCount), dInput = Double(1 + instance.space.actionCount)
            let d = dSquared.squareRoot(), t = Double(steps)
            let epsilonQ = 32 * tau * d * radius * dInput.squareRoot() * sizeS / ((1 - gamma) * eta * t) * criticError
                + 16 * tau * tau * dSquared * sizeS * sizeS / ((1 - gamma) * (1 - gamma) * t) * criticSquared
            let gain = run.objectives[steps] - run.objectives[0]
            return Evaluation(
                measurements: [Measurement("min_t ‖G(θ(t))‖²", lhs: run.gradientMappings.min()!, .lessOrEqual, rhs: 4 / t.squareRoot() * gain + epsilonQ,
                                           tolerance: .roundoff(scale: abs(run.objectives[steps]) + run.gradientMappings.max()!, operations: 64 * instance.space.count, what: "exact J and ∇J"))],
                quantities: [NamedValue("ε_Q(T)", epsilonQ), NamedValue("D²", dSquared), NamedValue("(4/√T)(J(θ(T+1)) − J(θ(1)))", 4 / t.squareRoot() * gain),
                             NamedValue("Σ_t Σ_s ‖Q_loc − Q_s‖", criticError)],
                notes: [instance.network.description])
        })
}
