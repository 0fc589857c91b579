import Foundation
import GSLKit

extension LTDEClaims {
    /// App. C, first display: ∇_{θ_s} log Π_s^{θ_s}(h(s) | µ(s)) = τΦ(θ, s, µ, h). Left side: central
    /// differences of the exact log Π_s; right side: τΦ from (4.6)–(4.7); worst coordinate per team.
    static let lemma42Step1 = Claim(
        id: "ltde.lem4.2/step1", paper: .ltde, source: "Lemma 4.2 proof (App. C), first display; (4.7)",
        statement: "∇_{θ_s} log Π_s^{θ_s}(h(s) | µ(s)) = τ·∇_{θ_s}f((µ(s), h(s)); θ_s) − τ·E_{h(s)'~Π^{θ_s}(·|µ(s))}[∇_{θ_s}f(µ(s), h'(s))] = τ·φ_{θ_s}(µ(s), h(s)) − τ·E[φ_{θ_s}(µ(s), h'(s))] = τ·Φ(θ, s, µ, h).",
        hypotheses: "neural energy (4.4)–(4.6), M = 4; every team s, count n ≥ 1, team action c and coordinate; steps below the distance to the nearest ReLU kink",
        kind: .identity,
        check: ClaimCheck(family: neuralActorFamily) { x in
            let instance = try GibbsInstance(x)
            guard let energy = instance.energy as? NeuralTeamEnergy else { throw ClaimError.outsideHypotheses("needs the neural energy") }
            let space = instance.space
            let pg = try instance.gradient(reading: .printed)
            var measurements: [Measurement] = []
            for s in 0..<space.nodeCount {
                let step = min(1e-3, 0.5 * energy.kinkDistance(theta: instance.theta[s]))
                var worst: Measurement? = nil
                for n in 1...space.agentCount {
                    for (j, c) in space.teamActions[n].enumerated() {
                        let configuration = configurationWithTeam(c, node: s, count: n, space: space)
                        let analytic = pg.score(team: s, configuration)
                        for i in 0..<instance.theta[s].count {
                            let fd = RichardsonDerivative(step: step) { h in
                                var t = instance.theta[s]
                                t[i] += h
                                let logits = space.teamActions[n].map { energy.energy(team: s, count: n, teamAction: $0, theta: t) }
                                return logits[j] - Special.logSumExp(logits)
                            }
                            let m = Measurement("s=\(s), n=\(n), c=\(c), θ[\(i)]", lhs: fd.value, .equal, rhs: analytic[i],
                                                tolerance: fd.tolerance(valueError: 8 * Double.ulpOfOne * 10))
                            if worst == nil || m.relativeSlack < worst!.relativeSlack { worst = m }
                        }
                    }
                }
                measurements.append(worst!)
            }
            return Evaluation(measurements: measurements, notes: [instance.network.description])
        })

    /// A configuration with n_s = n and team counts c at node s (the other agents all take action 0;
    /// Π_s depends on (n_s, c_s) only).
    static func configurationWithTeam(_ c: [Int], node s: Int, count n: Int, space: TeamConfigurations) -> Int {
        let counts = space.measures.first { $0[s] == n }!
        var out = [Int](repeating: 0, count: space.nodeCount * space.actionCount)
        for y in 0..<space.nodeCount { out[y * space.actionCount] = counts[y] }
        for a in 0..<space.actionCount { out[s * space.actionCount + a] = c[a] }
        return space.index(counts: counts, teamCounts: out)
    }

    /// App. C, (C.1): for every y ∉ N_s^k, E_{σ_θ}[Q̂_y(µ(N_y^k), h(N_y^k)) ∇_{θ_s} log Π^{θ_s}(h(s) | µ(s))] = 0.
    static let lemma42Step2 = Claim(
        id: "ltde.lem4.2/step2", paper: .ltde, source: "Lemma 4.2 proof (App. C), (C.1)",
        statement: "g_s(θ) = (1/(1−γ)) E_{σ_θ}[(Σ_{y∈N_s^k} Q̂_y) ∇_{θ_s} log Π^{θ_s}(h(s) | µ(s))] = (1/(1−γ)) E_{σ_θ}[(Σ_{y∈S} Q̂_y) ∇_{θ_s} log Π^{θ_s}(h(s) | µ(s))] (C.1). This is because for all y ∉ N_s^k, Q̂_y^{Π^θ}(µ(N_y^k), h(N_y^k)) is independent of s. Consequently, E_{σ_θ}[Σ_{y∉N_s^k} Q̂_y ∇_{θ_s} log Π^{θ_s}(h(s) | µ(s))] = 0.",
        hypotheses: "neural actor (4.4), M = 4; Q̂_y with ν-conditional weights; every s, k and y ∉ N_s^k",
        kind: .identity,
        check: ClaimCheck(family: neuralActorFamily) { x in
            let instance = try GibbsInstance(x)
            let pg = try instance.gradient(reading: .printed)
            let space = pg.space
            let nu = try pg.chain.stationaryDistribution()
            let maxEcc = (0..<space.nodeCount).map { OutsideSpread.eccentricity(of: $0, in: space.graph) }.max()!
            var measurements: [Measurement] = []
            for k in 0..<maxEcc {
                let qHat = localTeamQ(pg, hops: k, weights: .stationary, nu: nu)
                for s in 0..<space.nodeCount {
                    let ball = Set(space.graph.neighbourhood(of: s, hops: k))
                    for y in 0..<space.nodeCount where !ball.contains(y) {
                        let term = Vector.twoNorm(pg.scoreExpectation(team: s, qHat[y]))
                        measurements.append(Measurement("s=\(s), k=\(k), y=\(y)", lhs: term, .equal, rhs: 0,
                                                        tolerance: .roundoff(scale: 2 * Vector.infinityNorm(qHat[y]) / (1 - pg.gamma), operations: 4 * space.count, what: "E_σ[Q̂_y ∇log Π_s]")))
                    }
                }
            }
            guard !measurements.isEmpty else { throw ClaimError.outsideHypotheses("no team lies outside another's k-ball") }
            return Evaluation(measurements: measurements, notes: [instance.network.description])
        })

    /// App. C, the bound before (3.14) is used: ‖g_s(θ) − ∇_{θ_s}J(θ)‖₂ ≤
    /// (1/(1−γ)) Σ_{y∈S} sup |Q̂_y − Q_y| · sup ‖∇_{θ_s} log Π^{θ_s}‖₂.
    static let lemma42Step3 = Claim(
        id: "ltde.lem4.2/step3", paper: .ltde, source: "Lemma 4.2 proof (App. C), the displayed bound",
        statement: "‖g_s(θ) − ∇_{θ_s}J(θ)‖₂ ≤ (1/(1−γ)) Σ_{y∈S} [sup_{µ∈P^N(S), h∈H^N(µ)} |Q̂_y^{Π^θ}(µ(N_y^k), h(N_y^k)) − Q_y^{Π^θ}(µ, h)| · ‖∇_{θ_s} log Π^{θ_s}(h(s) | µ(s))‖₂].",
        reading: "the score norm taken as its sup over Ξ",
        hypotheses: "neural actor (4.4), M = 4; Q̂_y with every weight family; every s and k < max ecc",
        kind: .upperBound,
        check: ClaimCheck(family: neuralActorFamily) { x in
            let instance = try GibbsInstance(x)
            let pg = try instance.gradient(reading: .printed)
            let space = pg.space
            let nu = try pg.chain.stationaryDistribution()
            let exact = pg.gradient
            let maxEcc = (0..<space.nodeCount).map { OutsideSpread.eccentricity(of: $0, in: space.graph) }.max()!
            var measurements: [Measurement] = []
            for k in 0..<maxEcc {
                for weights in LocalQWeights.allCases {
                    let qHat = localTeamQ(pg, hops: k, weights: weights, nu: nu)
                    let supError = (0..<space.nodeCount).reduce(0.0) { $0 + Vector.infinityNorm(Vector.difference(qHat[$1], pg.teamQ[$1])) }
                    for s in 0..<space.nodeCount {
                        let ball = space.graph.neighbourhood(of: s, hops: k)
                        let summed = (0..<space.count).map { xi in ball.reduce(0) { $0 + qHat[$1][xi] } }
                        let g = pg.scoreExpectation(team: s, summed)
                        let scoreSup = (0..<space.count).map { Vector.twoNorm(pg.score(team: s, $0)) }.max()!
                        measurements.append(Measurement("s=\(s), k=\(k), \(weights.rawValue) weights", lhs: Vector.twoNorm(Vector.difference(g, exact[s])),
                                                        .lessOrEqual, rhs: supError * scoreSup / (1 - pg.gamma),
                                                        tolerance: .roundoff(scale: Vector.infinityNorm(pg.q) * scoreSup / (1 - pg.gamma), operations: 8 * space.count, what: "two score expectations")))
                    }
                }
            }
            return Evaluation(measurements: measurements, notes: [instance.network.description])
        })
}
