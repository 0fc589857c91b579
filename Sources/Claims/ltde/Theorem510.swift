import Foundation
import GSLKit

extension LTDEClaims {
    static let theorem510Statement = "Assume Assumptions 5.1–5.9. Set T_critic = Ω(M), η_critic = min{(1−γ)/8, (T_critic)^{−1/2}}, η_actor = (T_actor)^{−1/2}, R = τ = 1, M = Ω((f(k)|A|)^5 (T_actor)^8), γ ≤ (T_actor)^{−2/k}, with f(k) := max_{s∈S} |N_s^k| the size of the largest k-neighborhood in the graph (S, E). Then, the output {θ(t)}_{t∈[T_actor]} of Algorithm 2 satisfies min_{t∈[T_actor]} E[J(θ*) − J(θ(t))] ≤ O(|S|^{1/2} B^{−1/2} + |S||A|^{1/4} γ^{k/8} + (T_actor)^{−1/4}) (5.3)."

    /// J* surrogate: the best value over multistart projected ascent and over `extra` values seen.
    static func optimumSurrogate(instance: GibbsInstance, box: ActorBox, extra: [Double], seed: UInt64) throws -> Double {
        try max(bestObjective(instance: instance, box: box, reading: .printed, starts: 4, rng: RandomSource(seed: seed).child("J*")).value,
                extra.max() ?? -.infinity)
    }

    /// ltde, Theorem 5.10, the T_actor rate: with exact critics (k ≥ ecc) and B = ∞ only the T term
    /// of (5.3) depends on T. Measured min_{t ≤ T} (J* − J(θ(t))) for runs of T steps with
    /// η = T^{−1/2}, T = 4 … 256; J* the best value found (multistart ascent and every run).
    static let theorem510 = Claim(
        id: "ltde.thm5.10", paper: .ltde, source: "Theorem 5.10 (Sec. 5), eq. (5.3); Algorithm 2",
        statement: theorem510Statement,
        reading: "the T_actor-dependence of (5.3) with B = ∞ and exact critics: min_{t∈[T]} (J(θ*) − J(θ(t))) = O(T^{−1/4}); θ* surrogate: the best point found by multistart ascent; the width M = 4 is far below Ω((f(k)|A|)^5 T^8), which no computation reaches",
        hypotheses: "actor family (M = 4, R = τ = 1); r_s as printed; T ∈ {4, 8, …, 256}, η = T^{−1/2}; points with a positive gap only",
        kind: .rate,
        check: ClaimCheck(family: actorFamily) { x in
            let instance = try GibbsInstance(x)
            let box = ActorBox(centre: instance.theta, radius: try x.scalar("radius"), width: 4)
            let horizons = [4, 8, 16, 32, 64, 128, 256]
            let runs = try horizons.map { t in
                try ActorRun(instance: instance, box: box, steps: t, stepSize: 1 / Double(t).squareRoot(), batch: nil,
                             hops: instance.space.nodeCount, reading: .printed, rng: RandomSource(seed: x.seed), critics: exactCritics)
            }
            let best = try optimumSurrogate(instance: instance, box: box, extra: runs.flatMap(\.objectives), seed: x.seed)
            let gaps = runs.map { best - $0.objectives.max()! }
            let gamma = instance.network.gamma
            return Evaluation(
                rate: RateObservation(x: horizons.map(Double.init), y: gaps, claimedExponent: -0.25, kind: .atMost,
                                      xLabel: "T_actor", yLabel: "min_t (J* − J(θ(t)))"),
                quantities: [NamedValue("J* (best found)", best), NamedValue("γ", gamma)] + zip(horizons, gaps).map { NamedValue("T = \($0)", $1) },
                notes: [instance.network.description + "; γ ≤ T^{−2/k} fails for every T ≥ 2 unless γ < 1/T^2 (k = 1): recorded, the rate is fitted regardless"])
        },
        defaultInstances: 3)

    /// ltde, Theorem 5.10, the batch rate: the only B-dependent term of (5.3) is |S|^{1/2}B^{−1/2}.
    /// Measured, at T = 64 with exact critics: the excess of min_t E[J* − J(θ(t))] (16 runs with batches
    /// of B i.i.d. samples from σ_{θ(t)}) over the same quantity with the exact gradient (B = ∞), for
    /// B = 1 … 64.
    static let theorem510Batch = Claim(
        id: "ltde.thm5.10.batch", paper: .ltde, source: "Theorem 5.10 (Sec. 5), eq. (5.3), first term; Algorithm 2",
        statement: theorem510Statement,
        reading: "the B-dependence of (5.3): min_t E[J* − J(θ(t))] minus its B = ∞ value (the part the batch adds) = O(B^{−1/2}); expectations over 16 runs",
        hypotheses: "actor family (M = 4, R = τ = 1); r_s as printed; exact critics; T = 64, η = 1/8; B ∈ {1, 2, 4, …, 64}; points with a positive excess only",
        kind: .rate,
        check: ClaimCheck(family: actorFamily) { x in
            let instance = try GibbsInstance(x)
            let box = ActorBox(centre: instance.theta, radius: try x.scalar("radius"), width: 4)
            let steps = 64, eta = 1 / 8.0, k = instance.space.nodeCount
            let exact = try ActorRun(instance: instance, box: box, steps: steps, stepSize: eta, batch: nil, hops: k, reading: .printed,
                                     rng: RandomSource(seed: x.seed), critics: exactCritics)
            let batches = [1, 2, 4, 8, 16, 32, 64]
            let rng = RandomSource(seed: x.seed).child("batches")
            let meanObjectives = try batches.map { b -> [Double] in
                let runs = try (0..<16).map { r in
                    try ActorRun(instance: instance, box: box, steps: steps, stepSize: eta, batch: b, hops: k, reading: .printed,
                                 rng: rng.child("B=\(b)#\(r)"), critics: exactCritics)
                }
                return (0...steps).map { t in runs.reduce(0.0) { $0 + $1.objectives[t] } / 16 }
            }
            let best = try optimumSurrogate(instance: instance, box: box, extra: exact.objectives + meanObjectives.flatMap { $0 }, seed: x.seed)
            let floor = best - exact.objectives.max()!
            let excess = meanObjectives.map { (best - $0.max()!) - floor }
            return Evaluation(
                rate: RateObservation(x: batches.map(Double.init), y: excess, claimedExponent: -0.5, kind: .atMost,
                                      xLabel: "B (batch)", yLabel: "min_t E[J* − J(θ(t))] − (B = ∞ value)"),
                quantities: [NamedValue("J* (best found)", best), NamedValue("B = ∞ gap", floor)] + zip(batches, excess).map { NamedValue("B = \($0)", $1) },
                notes: [instance.network.description])
        },
        defaultInstances: 3)

    /// App. D.2.2, (D.41): ∇J(θ(t))ᵀ(θ − θ(t)) ≤ 2(R + η r_max/(1−γ))‖ρ(t)‖₂ for all θ ∈ B, along an exact-gradient run
    /// (T = 64, η = 1/8); the maximum over B in closed form.
    static func theorem510Step1(_ reading: TeamRewardReading) -> Claim {
        Claim(
            id: "ltde.thm5.10/step1" + (reading == .printed ? "" : ".weighted"), paper: .ltde, source: "Theorem 5.10 proof (App. D.2.2), (D.41)",
            statement: "Following similar calculations as in [53, Section H.3], we obtain that at iteration t ∈ [T_actor], ∇_θ J(θ(t))ᵀ(θ − θ(t)) ≤ 2(R + η·r_max/(1−γ))·‖ρ(t)‖₂, ∀θ ∈ B (D.41).",
            reading: "\(reading.phrase); r_max = sup|r| of (2.6); ρ(t) = G(θ(t)) with the exact gradient",
            hypotheses: "actor family (M = 4, R = τ = 1); one exact-gradient run, T = 64, η = 1/8; every t",
            kind: .upperBound,
            check: ClaimCheck(family: actorFamily) { x in
                let instance = try GibbsInstance(x)
                let radius = try x.scalar("radius")
                let box = ActorBox(centre: instance.theta, radius: radius, width: 4)
                let eta = 1 / 8.0
                var measurements: [Measurement] = []
                var theta = instance.theta
                for t in 0..<64 {
                    let pg = try instance.gradient(at: theta, reading: reading)
                    let g = pg.gradient
                    let lhs = box.stationarityGap(theta, gradient: g)
                    let rho = squaredNorm(box.gradientMapping(theta, gradient: g, step: eta)).squareRoot()
                    let rhs = 2 * (radius + eta * pg.rewards.agentRewardBound / (1 - pg.gamma)) * rho
                    measurements.append(Measurement("t=\(t + 1)", lhs: lhs, .lessOrEqual, rhs: rhs,
                                                    tolerance: .roundoff(scale: lhs + rhs, operations: 8 * pg.space.count, what: "the exact gradient")))
                    theta = box.project(zip(theta, g).map { t, gs in zip(t, gs).map { $0 + eta * $1 } })
                }
                return Evaluation(measurements: measurements, quantities: [NamedValue("R", radius), NamedValue("η", eta)],
                                  notes: [instance.network.description])
            })
    }
}
