import Foundation
import GSLKit

extension LTDEClaims {
    /// The neural actor's family for Lemma 4.2: M = 4 (the statement is for any θ and width).
    static let neuralActorFamily = gibbsFamily(width: 4)

    /// ltde, Lemma 4.2, first part: ‖Φ(θ, s, µ, h)‖₂ ≤ 2 for the centred features (4.7) of the
    /// neural energy. Left side: max over teams and configurations of ‖Φ‖₂ = ‖∇_{θ_s} log Π_s‖₂/τ.
    static let lemma42Norm = Claim(
        id: "ltde.lem4.2.norm", paper: .ltde, source: "Lemma 4.2 (Sec. 4.2), first claim; App. C, first line",
        statement: "For any θ ∈ Θ, s ∈ S, µ ∈ P^N(S) and h ∈ H^N(µ), ‖Φ(θ, s, µ, h)‖₂ ≤ 2 [App. C: ‖Φ(θ, s, µ, h)‖₂ ≤ ‖ζ_s‖₂ ≤ 2].",
        hypotheses: "neural energy (4.4)–(4.6), M = 4, random θ and τ; every team s and configuration ξ",
        kind: .upperBound,
        check: ClaimCheck(family: neuralActorFamily) { x in
            let instance = try GibbsInstance(x)
            let pg = try instance.gradient(reading: .printed)
            let tau = try x.scalar("temperature")
            var worst = 0.0, worstZeta = 0.0
            for s in 0..<instance.space.nodeCount {
                for xi in 0..<instance.space.count {
                    worst = max(worst, Vector.twoNorm(pg.score(team: s, xi)) / tau)
                    worstZeta = max(worstZeta, Vector.twoNorm(instance.space.localFeature(xi, node: s)))
                }
            }
            return Evaluation(
                measurements: [Measurement("max ‖Φ‖₂", lhs: worst, .lessOrEqual, rhs: 2,
                                           tolerance: .roundoff(scale: 2, operations: 16, what: "a centred feature vector"))],
                quantities: [NamedValue("max ‖ζ_s‖₂", worstZeta), NamedValue("τ", tau)],
                notes: [instance.network.description])
        })

    /// ltde, Lemma 4.2, eq. (4.8): ∇_{θ_s}J(θ) = (τ/(1−γ)) E_{σ_θ}[Q^{Π^θ}(µ, h) Φ(θ, s, µ, h)] for the neural
    /// actor. Left side: the formula (exact σ and Q); right side: Richardson central differences of
    /// the exact J with a step smaller than the distance to the nearest ReLU kink.
    static let lemma42Gradient = Claim(
        id: "ltde.lem4.2.eq4.8", paper: .ltde, source: "Lemma 4.2 (Sec. 4.2), eq. (4.8); App. C",
        statement: "∇_{θ_s} J(θ) = (τ/(1−γ)) · E_{σ_θ}[Q^{Π^θ}(µ, h) · Φ(θ, s, µ, h)] (4.8), where Φ(θ, s, µ, h) := φ_{θ_s}(µ(s), h(s)) − E_{h(s)'~Π_s^{θ_s}(·|µ(s))}[φ_{θ_s}(µ(s), h'(s))] (4.7) and Φ = (1/τ)∇_θ log Π^θ.",
        hypotheses: "neural energy (4.4)–(4.6), M = 4, random θ, τ; r_s under both readings; every coordinate of every θ_s",
        kind: .identity,
        check: ClaimCheck(family: neuralActorFamily) { x in
            let instance = try GibbsInstance(x)
            guard let energy = instance.energy as? NeuralTeamEnergy else { throw ClaimError.outsideHypotheses("needs the neural energy") }
            var measurements: [Measurement] = []
            for reading in TeamRewardReading.allCases {
                let base = try instance.gradient(reading: reading)
                let formula = base.gradient
                for s in 0..<instance.theta.count {
                    let step = min(1e-3, 0.5 * energy.kinkDistance(theta: instance.theta[s]))
                    var worst: Measurement? = nil
                    for i in 0..<instance.theta[s].count {
                        let fd = try RichardsonDerivative(step: step) { h in
                            var shifted = instance.theta
                            shifted[s][i] += h
                            return try instance.gradient(at: shifted, reading: reading).objective
                        }
                        let m = Measurement("\(reading.rawValue) r_s, ∂J/∂θ_\(s)[\(i)]", lhs: formula[s][i], .equal, rhs: fd.value,
                                            tolerance: fd.tolerance(valueError: base.objectiveError)
                                                + .roundoff(scale: Vector.infinityNorm(base.q) / (1 - base.gamma), operations: 4 * base.space.count, what: "E_σ[QΦ]"))
                        if worst == nil || m.relativeSlack < worst!.relativeSlack { worst = m }
                    }
                    measurements.append(worst!)
                }
            }
            return Evaluation(measurements: measurements,
                              quantities: [NamedValue("γ", instance.network.gamma), NamedValue("τ", energy.temperature), NamedValue("M", Double(energy.width))],
                              notes: [instance.network.description + "; one measurement per team and reading (its worst coordinate)"])
        })

    /// Q̂_y at hops k for every team y (weights `weights`) and ν, σ of `pg`.
    static func localTeamQ(_ pg: TeamPolicyGradient, hops k: Int, weights: LocalQWeights, nu: [Double]) -> [[Double]] {
        (0..<pg.space.nodeCount).map { y in
            let classes = OutsideSpread(actionValues: pg.teamQ[y], space: pg.space, team: y, hops: k).classes
            return weights.localQ(pg.teamQ[y], classes: classes, nu: nu, sigma: pg.sigma)
        }
    }

    /// ltde, Lemma 4.2, eq. (4.10): ‖g_s(θ) − ∇_{θ_s}J(θ)‖ ≤ c₀τ|S|ρ^{k+1}/(1−γ), with the localized
    /// gradient (4.9) g_s = (τ/(1−γ)) E_σ[(Σ_{y∈N_s^k} Q̂_y(µ(N_y^k), h(N_y^k))) Φ] and c₀ = 2c (the
    /// constant the proof's chain produces; the text calls c₀ "universal"). Left side exact for every
    /// weight family of Q̂_y, every s and k; right side with `constants`.
    static func lemma42(_ constants: DecayConstants, reading: TeamRewardReading) -> Claim {
        var id = "ltde.lem4.2"
        if constants == .measured { id += ".measuredDecay" }
        if reading == .weighted { id += ".weighted" }
        return Claim(
            id: id, paper: .ltde, source: "Lemma 4.2 (Sec. 4.2), eqs. (4.9)–(4.10); App. C",
            statement: "For each s ∈ S, define the localized policy gradient g_s(θ) = (τ/(1−γ)) E_{σ_θ}[(Σ_{y∈N_s^k} Q̂_y^{Π^θ}(µ(N_y^k), h(N_y^k))) · Φ(θ, s, µ, h)] (4.9), with Q̂_s^{Π^θ} in (Local Q-function) satisfying the (c, ρ)-exponential decay property, then there exists a universal constant c₀ > 0 such that ‖g_s(θ) − ∇_{θ_s}J(θ)‖ ≤ c₀τ|S|ρ^{k+1}/(1−γ) (4.10).",
            reading: "c₀ = 2c (App. C's chain: ‖∇ log Π_s‖₂ = τ‖Φ‖₂ ≤ 2τ times c ρ^{k+1}); \(constants.phrase); \(reading.phrase); ‖·‖ the Euclidean norm over θ_s",
            hypotheses: "neural actor (4.4), M = 4, random θ, τ; path/ring graphs k ≤ 4, N = 2; Q̂_y with uniform, ν-, σ-conditional, anchor, class-maximum and midpoint weights; every s and k < max ecc",
            kind: .upperBound,
            check: ClaimCheck(family: neuralActorFamily) { x in
                let instance = try GibbsInstance(x)
                let pg = try instance.gradient(reading: reading)
                let tau = try x.scalar("temperature"), gamma = pg.gamma, space = pg.space
                let nu = try pg.chain.stationaryDistribution()
                let (c, rho) = constants.constants(space: space, gamma: gamma, q: pg.teamQ, rewards: pg.rewards)
                let exact = pg.gradient
                let maxEcc = (0..<space.nodeCount).map { OutsideSpread.eccentricity(of: $0, in: space.graph) }.max()!
                var measurements: [Measurement] = []
                for k in 0..<maxEcc {
                    let rhs = 2 * c * tau * Double(space.nodeCount) * pow(rho, Double(k + 1)) / (1 - gamma)
                    for weights in LocalQWeights.allCases {
                        let qHat = localTeamQ(pg, hops: k, weights: weights, nu: nu)
                        for s in 0..<space.nodeCount {
                            let ball = space.graph.neighbourhood(of: s, hops: k)
                            let summed = (0..<space.count).map { xi in ball.reduce(0) { $0 + qHat[$1][xi] } }
                            let g = pg.scoreExpectation(team: s, summed)
                            measurements.append(Measurement("s=\(s), k=\(k), \(weights.rawValue) weights", lhs: Vector.twoNorm(Vector.difference(g, exact[s])),
                                                            .lessOrEqual, rhs: rhs,
                                                            tolerance: Tolerance(4 * Double(space.nodeCount) * pg.qError * tau * 2 / (1 - gamma),
                                                                                 "|S| team solves (κ∞·8|Ξ|ε‖Q‖∞ each) through ‖E_σ[·∇log Π_s]‖ ≤ 2τ/(1−γ)·sup")))
                        }
                    }
                }
                return Evaluation(measurements: measurements,
                                  quantities: [NamedValue("c", c), NamedValue("c₀ = 2c", 2 * c), NamedValue("ρ", rho), NamedValue("τ", tau),
                                               NamedValue("γ", gamma), NamedValue("|S|", Double(space.nodeCount))],
                                  notes: [instance.network.description])
            })
    }
}
