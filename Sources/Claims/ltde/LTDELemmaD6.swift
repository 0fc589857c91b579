import Foundation
import GSLKit

/// A near-stationary point θ̃ of J over the actor box (projected ascent with the exact gradient until the
/// stationarity gap is negligible) and the best comparator θ* found by multistart ascent, with the
/// quantities of ltde's Lemma D.6: the advantage A = Q − V, the visitations and u_θ̃ (Assumption 5.9).
struct StationaryComparison: Sendable {
    let instance: GibbsInstance
    let box: ActorBox
    let stationary: TeamPolicyGradient
    let best: TeamPolicyGradient
    /// max_{θ∈B} ∇J(θ̃)ᵀ(θ − θ̃).
    let gap: Double
    let ascentSteps: Int

    /// `searchComparator: false` takes θ* = θ̃ (for checks that only need θ̃).
    init(instance: GibbsInstance, box: ActorBox, reading: TeamRewardReading, rng: RandomSource, searchComparator: Bool = true) throws {
        var theta = instance.theta, steps = 0
        var pg = try instance.gradient(at: theta, reading: reading)
        var gap = box.stationarityGap(theta, gradient: pg.gradient)
        while steps < 4000 && gap > 1e-11 * max(1, abs(pg.objective)) {
            theta = box.project(zip(theta, pg.gradient).map { t, g in zip(t, g).map { $0 + 0.2 * $1 } })
            pg = try instance.gradient(at: theta, reading: reading)
            gap = box.stationarityGap(theta, gradient: pg.gradient)
            steps += 1
        }
        var comparator = pg
        if searchComparator {
            let found = try LTDEClaims.bestObjective(instance: instance, box: box, reading: reading, starts: 4, rng: rng)
            if found.value > pg.objective { comparator = try instance.gradient(at: found.theta, reading: reading) }
        }
        self.instance = instance
        self.box = box
        stationary = pg
        best = comparator
        self.gap = gap
        ascentSteps = steps
    }

    /// A^Π(µ, h) = Q^Π(µ, h) − V^Π(µ) on Ξ for the policy of `pg`.
    static func advantage(_ pg: TeamPolicyGradient) -> [Double] {
        let v = pg.chain.stateValues(pg.q)
        return (0..<pg.space.count).map { pg.q[$0] - v[pg.space.measureOfConfiguration[$0]] }
    }

    /// Σ_s φ_{θ_s}(ζ_s)ᵀθ'_s per configuration, and the feature rows (φ_{θ_s}(ζ_s))_s concatenated.
    func featureRows(at theta: [[Double]]) throws -> [[Double]] {
        guard let energy = instance.energy as? NeuralTeamEnergy else { throw ClaimError.outsideHypotheses("needs the neural energy") }
        let space = instance.space
        return (0..<space.count).map { xi in
            (0..<space.nodeCount).flatMap { s in energy.features(space.localFeature(xi, node: s), theta: theta[s]) }
        }
    }

    /// u_θ̃(µ, h) = dσ_{θ*}/dσ_θ̃(ζ) − dσ̄_{θ*}/dσ̄_θ̃(µ) + Σ_s φ_{θ̃_s}(ζ_s)ᵀθ̃_s (Assumption 5.9).
    func u() throws -> [Double] {
        let rows = try featureRows(at: stationary.theta)
        let flat = stationary.theta.flatMap { $0 }
        let barStar = best.chain.measureMarginal(best.sigma), barTilde = stationary.chain.measureMarginal(stationary.sigma)
        return (0..<instance.space.count).map { xi in
            let mu = instance.space.measureOfConfiguration[xi]
            return best.sigma[xi] / stationary.sigma[xi] - barStar[mu] / barTilde[mu] + Vector.dot(rows[xi], flat)
        }
    }
}

extension LTDEClaims {
    static let lemmaD6Statement = "Let θ̃ ∈ B be a stationary point of J(·) satisfying condition (D.14) and let θ* ∈ B be the global maximum point of J(·) in B. Then (1−γ)(J(θ*) − J(θ̃)) ≤ (2r_max/(1−γ)) inf_{θ∈B} ‖u_θ̃(µ, h) − Σ_{s∈S} φ_{θ̃_s}(µ(s), h(s))ᵀθ_s‖_{L2(σ_θ̃)} (D.28), where u_θ̃(µ, h) := dσ_{θ*}/dσ_θ̃(µ, h) − dσ̄_{θ*}/dσ̄_θ̃(µ) + Σ_{s∈S} φ_{θ̃_s}(µ(s), h(s))ᵀθ̃_s."

    /// ltde, Lemma D.6, eq. (D.28). θ̃ by projected ascent with the exact gradient (stationarity gap ε
    /// reported; the proof's slack for an ε-stationary point, (1−γ)ε/τ, is the tolerance); θ* by the best
    /// of multistart ascents (the proof's chain (D.29)–(D.35) holds for any comparator in B, so the
    /// inequality is checked at the best one found); the infimum over B by box-constrained least squares
    /// with its Frank–Wolfe certificate.
    static func lemmaD6(_ reading: TeamRewardReading) -> Claim {
        Claim(
            id: "ltde.lemD.6" + (reading == .printed ? "" : ".weighted"), paper: .ltde, source: "Lemma D.6 (App. D.2.2), (D.28)",
            statement: lemmaD6Statement,
            reading: "\(reading.phrase); r_max = sup|r| of (2.6); θ* the best point of B found by multistart projected ascent",
            hypotheses: "actor family (M = 4, R = τ = 1); P₀ = law of µ under uniform profiles",
            kind: .upperBound,
            check: ClaimCheck(family: actorFamily) { x in
                let instance = try GibbsInstance(x)
                let box = ActorBox(centre: instance.theta, radius: try x.scalar("radius"), width: 4)
                let tau = try x.scalar("temperature")
                let comparison = try StationaryComparison(instance: instance, box: box, reading: reading, rng: RandomSource(seed: x.seed).child("starts"))
                let pg = comparison.stationary, gamma = pg.gamma
                let rows = try comparison.featureRows(at: pg.theta)
                let fit = BoxQuadraticProgram.leastSquares(rows: rows, targets: try comparison.u(), weights: pg.sigma,
                                                           lower: box.centre.flatMap { $0.map { $0 - box.halfWidth } },
                                                           upper: box.centre.flatMap { $0.map { $0 + box.halfWidth } })
                    .solve(gapTolerance: 1e-20)
                let rMax = pg.rewards.agentRewardBound
                let factor = 2 * rMax / (1 - gamma)
                let objective = max(fit.value, 0)
                let infimum = objective.squareRoot(), lower = max(objective - fit.gap, 0).squareRoot()
                let lhs = (1 - gamma) * (comparison.best.objective - pg.objective)
                return Evaluation(
                    measurements: [Measurement("(1−γ)(J(θ*) − J(θ̃))", lhs: lhs, .lessOrEqual, rhs: factor * infimum,
                                               tolerance: Tolerance(factor * (infimum - lower) + (1 - gamma) * comparison.gap / tau,
                                                                    "certified error of the infimum (Frank–Wolfe gap) + (1−γ)ε/τ for the ε-stationary θ̃"),
                                               trivialBound: 2 * rMax * Double(reading == .printed ? pg.space.nodeCount : 1))],
                    quantities: [NamedValue("J(θ̃)", pg.objective), NamedValue("J(θ*) (best found)", comparison.best.objective),
                                 NamedValue("stationarity gap ε", comparison.gap), NamedValue("ascent steps", Double(comparison.ascentSteps)),
                                 NamedValue("inf_θ ‖u − Σφᵀθ‖", infimum), NamedValue("2r_max/(1−γ)", factor)],
                    notes: [instance.network.description])
            })
    }
}
