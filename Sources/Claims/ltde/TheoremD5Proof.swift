import Foundation
import GSLKit

extension LTDEClaims {
    /// App. D.2.1, (D.22): ĝ_s(θ(t))ᵀδ_s(t) − ‖δ_s(t)‖² ≥ 0 with δ_s(t) = (θ_s(t+1) − θ_s(t))/η, by the
    /// projection property, at every step of a stochastic run (B = 4).
    static let theoremD5Step1 = Claim(
        id: "ltde.thmD.5/step1", paper: .ltde, source: "Theorem D.5 proof (App. D.2.1), (D.22)",
        statement: "ĝ_s(θ(t))ᵀδ_s(t) − ‖δ_s(t)‖₂² = η⁻²(θ_s(t + 1/2) − Proj_{B_s}(θ_s(t + 1/2)))ᵀ(Proj_{B_s}(θ_s(t + 1/2)) − θ_s(t)) ≥ 0 (D.22).",
        hypotheses: "actor family (M = 4, R = τ = 1); one run with B = 4, T = 32, η = T^{−1/2}, exact critics; every t and s",
        kind: .lowerBound,
        check: ClaimCheck(family: actorFamily) { x in
            let instance = try GibbsInstance(x)
            let box = ActorBox(centre: instance.theta, radius: try x.scalar("radius"), width: 4)
            let steps = 32, eta = 1 / Double(steps).squareRoot()
            let run = try ActorRun(instance: instance, box: box, steps: steps, stepSize: eta, batch: 4, hops: instance.space.nodeCount,
                                   reading: .printed, rng: RandomSource(seed: x.seed).child("run"), critics: exactCritics)
            var measurements: [Measurement] = []
            for t in 0..<steps {
                for s in 0..<instance.space.nodeCount {
                    let delta = zip(run.iterates[t + 1][s], run.iterates[t][s]).map { ($0 - $1) / eta }
                    let g = run.estimates[t][s], theta = run.iterates[t][s]
                    let lhs = Vector.dot(g, delta) - Vector.dot(delta, delta)
                    // δ_i = (fl(θ_i + ηĝ_i) − θ_i)/η carries an error of about 2ε(|θ_i|/η + |ĝ_i|), which enters
                    // ĝᵀδ − ‖δ‖² with the weight |ĝ_i − 2δ_i|.
                    var bound = 0.0
                    for i in 0..<g.count { bound += abs(g[i] - 2 * delta[i]) * 2 * Double.ulpOfOne * (abs(theta[i]) / eta + abs(g[i]) + box.halfWidth / eta) }
                    measurements.append(Measurement("t=\(t + 1), s=\(s)", lhs: lhs, .greaterOrEqual, rhs: 0,
                                                    tolerance: Tolerance(4 * bound, "4 × the propagated round-off of δ = (fl(θ + ηĝ) − θ)/η and of the clipping")))
                }
            }
            return Evaluation(measurements: measurements, notes: [instance.network.description])
        })

    /// The critic errors, D² and the inexact estimator's mean at θ for critics Q_loc,y at k = 1.
    static func localizedCriticSetting(_ pg: TeamPolicyGradient) throws -> (critics: [[Double]], errors: [Double], dSquared: Double) {
        let nu = try pg.chain.stationaryDistribution()
        let critics = try (0..<pg.space.nodeCount).map { y in
            let classes = OutsideSpread(actionValues: pg.teamQ[y], space: pg.space, team: y, hops: 1).classes
            return try LocalizedFixedPoint(chain: pg.chain, reward: pg.rewards.values[y], nu: nu, classes: classes).values
        }
        let errors = (0..<critics.count).map { l2Norm(Vector.difference(critics[$0], pg.teamQ[$0]), weights: nu) }
        let dSquared = zip(pg.sigma, nu).reduce(0.0) { $0 + ($1.1 > 0 ? $1.0 * $1.0 / $1.1 : 0) }
        return (critics, errors, dSquared)
    }

    /// App. D.2.1, (D.26): E‖∇_{θ_s}J(θ) − ĝ_s(θ)‖² ≤ 2τ²Σ²/B + (8τ²D²|S|/(1−γ)²) Σ_s ‖Q_s(·; ω̄_s) − Q_s^θ‖²_{L2(ν)},
    /// with critics Q_loc at k = 1 and the left side exact: ‖∇_sJ − E ĝ_s‖² + Var_σ(ĝ_s^{(1)})/B.
    static let theoremD5Step2 = Claim(
        id: "ltde.thmD.5/step2", paper: .ltde, source: "Theorem D.5 proof (App. D.2.1), (D.26)",
        statement: "E‖∇_{θ_s}J(θ) − ĝ_s(θ)‖₂² ≤ 2τ²Σ²/B + (8τ²D²/(1−γ)²)(Σ_{s∈S} ‖Q_s(·; ω̄_s, t) − Q_s^{Π^{θ(t)}}(·)‖_{L2(ν_{θ(t)})})² ≤ 2τ²Σ²/B + (8τ²D²|S|/(1−γ)²) Σ_{s∈S} ‖Q_s(·; ω̄_s, t) − Q_s^{Π^{θ(t)}}(·)‖²_{L2(ν_{θ(t)})} (D.26).",
        reading: "critics Q_loc,y at k = 1 (tabular limit of Algorithm 1); Σ² = max_s Var_σ(ĝ_s^{(1)})/τ² and D² = Σ σ²/ν at θ (the smallest values the assumptions allow there)",
        hypotheses: "actor family (M = 4, R = τ = 1) at θ(0); r_s as printed; B = 4; every team s",
        kind: .upperBound,
        check: ClaimCheck(family: actorFamily) { x in
            let instance = try GibbsInstance(x)
            let pg = try instance.gradient(reading: .printed)
            let tau = try x.scalar("temperature"), batch = 4.0
            let setting = try localizedCriticSetting(pg)
            let exact = pg.gradient
            let perTeam = (0..<pg.space.nodeCount).map { singleSampleEstimator(pg, team: $0, critics: setting.critics, hops: 1) }
            var moments: [(mean: [Double], variance: Double)] = []
            for g in perTeam {
                var mean = [Double](repeating: 0, count: g[0].count), second = 0.0
                for xi in 0..<g.count where pg.sigma[xi] > 0 {
                    for i in 0..<mean.count { mean[i] += pg.sigma[xi] * g[xi][i] }
                    second += pg.sigma[xi] * Vector.dot(g[xi], g[xi])
                }
                moments.append((mean, second - Vector.dot(mean, mean)))
            }
            let sigma2 = moments.map(\.variance).max()! / (tau * tau)
            let sizeS = Double(pg.space.nodeCount), gamma = pg.gamma
            let criticTerm = 8 * tau * tau * setting.dSquared / ((1 - gamma) * (1 - gamma))
            let squaredSum = setting.errors.reduce(0, +)
            let measurements = (0..<pg.space.nodeCount).flatMap { s -> [Measurement] in
                let bias = Vector.difference(exact[s], moments[s].mean)
                let lhs = Vector.dot(bias, bias) + moments[s].variance / batch
                let tol = Tolerance.roundoff(scale: lhs + 1, operations: 8 * pg.space.count, what: "exact expectations over σ")
                return [Measurement("s=\(s), first form", lhs: lhs, .lessOrEqual, rhs: 2 * tau * tau * sigma2 / batch + criticTerm * squaredSum * squaredSum, tolerance: tol),
                        Measurement("s=\(s), second form", lhs: lhs, .lessOrEqual,
                                    rhs: 2 * tau * tau * sigma2 / batch + criticTerm * sizeS * setting.errors.reduce(0) { $0 + $1 * $1 }, tolerance: tol)]
            }
            return Evaluation(measurements: measurements,
                              quantities: [NamedValue("Σ²", sigma2), NamedValue("D²", setting.dSquared), NamedValue("Σ_s ‖Q_loc − Q_s‖", squaredSum)],
                              notes: [instance.network.description])
        })

    /// App. D.2.1, (D.20): (∇_{θ_s}J(θ) − E[ĝ_s(θ)])ᵀδ_s ≤ (4τDR d_{ζ_s}^{1/2}/((1−γ)η)) Σ_s ‖Q_s(ω̄_s) − Q_s^θ‖_{L2(ν)},
    /// with critics Q_loc at k = 1 and δ_s the step of the actor with E[ĝ] (B = ∞), η = 32^{−1/2}.
    static let theoremD5Step3 = Claim(
        id: "ltde.thmD.5/step3", paper: .ltde, source: "Theorem D.5 proof (App. D.2.1), (D.20)",
        statement: "(∇_{θ_s}J(θ(t)) − E[ĝ_s(θ(t))])ᵀδ_s(t) ≤ (4τDR d_{ζ_s}^{1/2}/((1−γ)η)) Σ_{s∈S} ‖Q_s(·; ω̄_s, t) − Q_s^{θ(t)}(·)‖_{L2(ν_{θ(t)})} (D.20).",
        reading: "critics Q_loc,y at k = 1; D² = Σ σ²/ν at θ; δ_s = (Proj_{B_s}(θ_s + ηE[ĝ_s]) − θ_s)/η; d_{ζ_s} = 1 + m",
        hypotheses: "actor family (M = 4, R = τ = 1) at θ(0); r_s as printed; η = 32^{−1/2}; every team s",
        kind: .upperBound,
        check: ClaimCheck(family: actorFamily) { x in
            let instance = try GibbsInstance(x)
            let pg = try instance.gradient(reading: .printed)
            let tau = try x.scalar("temperature"), radius = try x.scalar("radius"), eta = 1 / 32.0.squareRoot()
            let box = ActorBox(centre: instance.theta, radius: radius, width: 4)
            let setting = try localizedCriticSetting(pg)
            let exact = pg.gradient
            let mean = (0..<pg.space.nodeCount).map { s -> [Double] in
                let g = singleSampleEstimator(pg, team: s, critics: setting.critics, hops: 1)
                var m = [Double](repeating: 0, count: g[0].count)
                for xi in 0..<g.count { for i in 0..<m.count { m[i] += pg.sigma[xi] * g[xi][i] } }
                return m
            }
            let step = box.gradientMapping(instance.theta, gradient: mean, step: eta)
            let rhs = 4 * tau * setting.dSquared.squareRoot() * radius * Double(1 + pg.space.actionCount).squareRoot() / ((1 - pg.gamma) * eta)
                * setting.errors.reduce(0, +)
            let measurements = (0..<pg.space.nodeCount).map { s in
                Measurement("s=\(s)", lhs: Vector.dot(Vector.difference(exact[s], mean[s]), step[s]), .lessOrEqual, rhs: rhs,
                            tolerance: .roundoff(scale: Vector.twoNorm(exact[s]) * Vector.twoNorm(step[s]) + 1e-300, operations: 8 * pg.space.count, what: "exact expectations over σ"))
            }
            return Evaluation(measurements: measurements, quantities: [NamedValue("D", setting.dSquared.squareRoot())], notes: [instance.network.description])
        })
}
