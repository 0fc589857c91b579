import Foundation
import GSLKit

/// The box B = ∏_s B_s^actor of ltde's actor, B_s = {θ_s : ‖θ_s − θ_s(0)‖_∞ ≤ R/√M} (Sec. 4.3), with the
/// projection (entrywise clipping, (4.12)/Algorithm 2 line 10), the gradient mapping
/// G(θ) = η⁻¹[Proj_B(θ + η∇J(θ)) − θ] (D.15) and the stationarity gap max_{θ'∈B} ∇J(θ)ᵀ(θ' − θ).
struct ActorBox: Sendable {
    let centre: [[Double]]
    let halfWidth: Double

    init(centre: [[Double]], radius: Double, width: Int) {
        self.centre = centre
        halfWidth = radius / Double(width).squareRoot()
    }

    func project(_ theta: [[Double]]) -> [[Double]] {
        zip(theta, centre).map { t, c in zip(t, c).map { min(max($0, $1 - halfWidth), $1 + halfWidth) } }
    }

    /// η⁻¹[Proj_B(θ + ηg) − θ].
    func gradientMapping(_ theta: [[Double]], gradient g: [[Double]], step eta: Double) -> [[Double]] {
        let moved = project(zip(theta, g).map { t, gs in zip(t, gs).map { $0 + eta * $1 } })
        return zip(moved, theta).map { m, t in zip(m, t).map { ($0 - $1) / eta } }
    }

    /// max_{θ'∈B} gᵀ(θ' − θ) = Σ_i g_i·(upper_i − θ_i if g_i > 0, lower_i − θ_i otherwise) ≥ 0.
    func stationarityGap(_ theta: [[Double]], gradient g: [[Double]]) -> Double {
        var gap = 0.0
        for s in 0..<theta.count {
            for i in 0..<theta[s].count {
                let target = g[s][i] > 0 ? centre[s][i] + halfWidth : centre[s][i] - halfWidth
                gap += g[s][i] * (target - theta[s][i])
            }
        }
        return gap
    }

    /// A uniform random point of B.
    func randomPoint(_ rng: RandomSource) -> [[Double]] {
        centre.map { c in c.map { rng.uniform($0 - halfWidth, $0 + halfWidth) } }
    }
}

/// The squared Euclidean norm of a per-team parameter.
func squaredNorm(_ theta: [[Double]]) -> Double { theta.reduce(0.0) { $0 + Vector.dot($1, $1) } }

/// One run of the actor of ltde's Algorithm 2 (lines 6–10) on the exact model: θ(t+1) = Proj_B(θ(t) + ηĝ(θ(t)))
/// with ĝ_s the estimator (4.14) — the critics Q_y are given functions on Ξ (the exact Q_y, or a
/// localized approximation), the batch {(µ_l, h_l)} is drawn i.i.d. from the exact σ_{θ(t)}, and
/// `batch = nil` uses the exact expectation E[ĝ_s] instead (B = ∞). Records, at every iterate,
/// J(θ(t)), ‖G(θ(t))‖² with the exact ∇J, and the single-sample variance Var_σ(ĝ_s^{(1)}).
struct ActorRun: Sendable {
    /// θ(1), …, θ(T+1).
    let iterates: [[[Double]]]
    /// J(θ(t)), t = 1 … T+1.
    let objectives: [Double]
    /// ‖G(θ(t))‖², t = 1 … T.
    let gradientMappings: [Double]
    /// max_s Var_σ(ĝ_s^{(1)})/τ² at θ(t), t = 1 … T.
    let varianceRatios: [Double]
    /// ĝ(θ(t)), t = 1 … T (the batch estimate, or E[ĝ] when B = ∞).
    let estimates: [[[Double]]]
    /// max over t of the secant ‖∇J(θ(t+1)) − ∇J(θ(t))‖/‖θ(t+1) − θ(t)‖ (a lower estimate of L).
    let secantLipschitz: Double

    /// `critics(pg)` returns the critic functions Q_y on Ξ used at the current policy; `hops` the k of (4.14).
    init(instance: GibbsInstance, box: ActorBox, steps: Int, stepSize eta: Double, batch: Int?, hops k: Int,
         reading: TeamRewardReading, rng: RandomSource, critics: (TeamPolicyGradient) throws -> [[Double]]) throws {
        let tau = (instance.energy as? NeuralTeamEnergy)?.temperature ?? 1
        var theta = box.project(instance.theta)
        var iterates = [theta], objectives: [Double] = [], mappings: [Double] = [], ratios: [Double] = [], estimates: [[[Double]]] = []
        var previous: (theta: [[Double]], gradient: [[Double]])? = nil, secant = 0.0
        for t in 0...steps {
            let pg = try instance.gradient(at: theta, reading: reading)
            objectives.append(pg.objective)
            let exact = pg.gradient
            if let previous {
                let dTheta = squaredNorm(zip(theta, previous.theta).map { Vector.difference($0, $1) }).squareRoot()
                let dGrad = squaredNorm(zip(exact, previous.gradient).map { Vector.difference($0, $1) }).squareRoot()
                if dTheta > 0 { secant = max(secant, dGrad / dTheta) }
            }
            previous = (theta, exact)
            if t == steps { break }
            mappings.append(squaredNorm(box.gradientMapping(theta, gradient: exact, step: eta)))
            let q = try critics(pg)
            let perSample = (0..<pg.space.nodeCount).map { LTDEClaims.singleSampleEstimator(pg, team: $0, critics: q, hops: k) }
            var maxRatio = 0.0
            var estimate: [[Double]] = []
            for s in 0..<perSample.count {
                let g = perSample[s]
                var mean = [Double](repeating: 0, count: g[0].count), second = 0.0
                for xi in 0..<g.count where pg.sigma[xi] > 0 {
                    for i in 0..<mean.count { mean[i] += pg.sigma[xi] * g[xi][i] }
                    second += pg.sigma[xi] * Vector.dot(g[xi], g[xi])
                }
                maxRatio = max(maxRatio, (second - Vector.dot(mean, mean)) / (tau * tau))
                estimate.append(mean)
            }
            ratios.append(maxRatio)
            if let b = batch {
                let sampler = DiscreteSampler(pg.sigma)
                let draws = (0..<b).map { _ in sampler.draw(rng) }
                estimate = perSample.map { g in
                    (0..<g[0].count).map { i in draws.reduce(0.0) { $0 + g[$1][i] } / Double(b) }
                }
            }
            estimates.append(estimate)
            theta = box.project(zip(theta, estimate).map { t, g in zip(t, g).map { $0 + eta * $1 } })
            iterates.append(theta)
        }
        self.iterates = iterates
        self.objectives = objectives
        gradientMappings = mappings
        varianceRatios = ratios
        self.estimates = estimates
        secantLipschitz = secant
    }
}

extension LTDEClaims {
    /// The exact critics Q_y^{Π^θ} (k ≥ ecc(y), so the localized Q is the full one).
    static func exactCritics(_ pg: TeamPolicyGradient) -> [[Double]] { pg.teamQ }

    /// The best J found over B: projected ascent with the exact gradient (η = 0.5/L̂-free step 0.2,
    /// 400 steps) from θ(0) and from `starts` uniform points of B. A surrogate for J(θ*) (θ* is the
    /// global maximiser of a non-concave J; no certificate exists).
    static func bestObjective(instance: GibbsInstance, box: ActorBox, reading: TeamRewardReading, starts: Int,
                              rng: RandomSource) throws -> (value: Double, theta: [[Double]]) {
        var best = (value: -Double.infinity, theta: box.centre)
        for start in 0...starts {
            var theta = start == 0 ? box.centre : box.randomPoint(rng)
            for _ in 0..<400 {
                let pg = try instance.gradient(at: theta, reading: reading)
                if pg.objective > best.value { best = (pg.objective, theta) }
                theta = box.project(zip(theta, pg.gradient).map { t, g in zip(t, g).map { $0 + 0.2 * $1 } })
            }
            let last = try instance.gradient(at: theta, reading: reading).objective
            if last > best.value { best = (last, theta) }
        }
        return best
    }
}
