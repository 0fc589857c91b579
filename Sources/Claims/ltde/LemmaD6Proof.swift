import Foundation
import GSLKit

extension LTDEClaims {
    /// App. D.2.2, (D.30)–(D.31): E_{σ_θ}[V^Π(µ)Φ(θ, s, µ, h)] = 0 and
    /// E_{σ_θ}[A^Π(µ, h) E_{h'(s)~Π_s}[φ_{θ_s}(µ(s), h'(s))]] = 0, at θ(0) and for every team.
    static let lemmaD6Step1 = Claim(
        id: "ltde.lemD.6/step1", paper: .ltde, source: "Lemma D.6 proof (App. D.2.2), (D.30)–(D.31)",
        statement: "Given that E_{h~Π^θ̃(·|µ)}[A^{Π^θ̃}(µ, h)] = 0 and E_{h~Π^θ̃(·|µ)}[Φ(θ̃, s, µ, h)] = 0, we have for any s ∈ S, E_{σ_θ̃}[V^{Π^θ̃}(µ)·Φ(θ̃, s, µ, h)] = 0 (D.30) and E_{σ_θ̃}[A^{Π^θ̃}(µ, h)·E_{h(s)'~Π_s^{θ̃_s}(·|µ(s))}[φ_{θ̃_s}(µ(s), h'(s))]] = 0 (D.31).",
        reading: "at the initial θ of the instance (the identities hold at every θ)",
        hypotheses: "actor family (M = 4, R = τ = 1); r_s as printed; every team s; the norms of the two vectors",
        kind: .identity,
        check: ClaimCheck(family: actorFamily) { x in
            let instance = try GibbsInstance(x)
            guard let energy = instance.energy as? NeuralTeamEnergy else { throw ClaimError.outsideHypotheses("needs the neural energy") }
            let pg = try instance.gradient(reading: .printed)
            let space = pg.space, tau = energy.temperature
            let v = pg.chain.stateValues(pg.q), advantage = StationaryComparison.advantage(pg)
            var measurements: [Measurement] = []
            for s in 0..<space.nodeCount {
                let valueTerm = pg.scoreExpectation(team: s, (0..<space.count).map { v[space.measureOfConfiguration[$0]] }).map { $0 * (1 - pg.gamma) / tau }
                var meanFeatureTerm = [Double](repeating: 0, count: instance.theta[s].count)
                for xi in 0..<space.count {
                    let n = space.counts(xi)[s]
                    let law = pg.policy.probabilities[s][n]
                    for (j, c) in space.teamActions[n].enumerated() {
                        let phi = energy.features(energy.input(count: n, teamAction: c), theta: instance.theta[s])
                        for i in 0..<phi.count { meanFeatureTerm[i] += pg.sigma[xi] * advantage[xi] * law[j] * phi[i] }
                    }
                }
                let scale = Vector.infinityNorm(pg.q) * 2
                measurements.append(Measurement("s=\(s): ‖E_σ[VΦ]‖ (D.30)", lhs: Vector.twoNorm(valueTerm), .equal, rhs: 0,
                                                tolerance: .roundoff(scale: scale, operations: 8 * space.count, what: "a σ-expectation")))
                measurements.append(Measurement("s=\(s): ‖E_σ[A E φ]‖ (D.31)", lhs: Vector.twoNorm(meanFeatureTerm), .equal, rhs: 0,
                                                tolerance: .roundoff(scale: scale, operations: 8 * space.count, what: "a σ-expectation")))
            }
            return Evaluation(measurements: measurements, notes: [instance.network.description])
        })

    /// App. D.2.2: sup_{(µ,h)∈Ξ} |A^{Π^θ̃}(µ, h)| ≤ 2 sup_µ |V^{Π^θ̃}(µ)| ≤ 2r_max/(1−γ), with r_max = sup|r| of (2.6).
    static func lemmaD6Step2(_ reading: TeamRewardReading) -> Claim {
        Claim(
            id: "ltde.lemD.6/step2" + (reading == .printed ? "" : ".weighted"), paper: .ltde, source: "Lemma D.6 proof (App. D.2.2), bound on the advantage",
            statement: "Denote A^{Π^θ̃}(µ, h) := Q^{Π^θ̃}(µ, h) − V^{Π^θ̃}(µ) as the advantage function under policy Π^θ̃. Meanwhile, sup_{(µ,h)∈Ξ} A^{Π^θ̃}(µ, h) ≤ 2 sup_{µ∈P^N(S)} V^{Π^θ̃}(µ) ≤ 2r_max/(1−γ).",
            reading: "\(reading.phrase); sup |A| and sup |V| (two-sided); r_max = sup|r| of (2.6)",
            hypotheses: "actor family (M = 4, R = τ = 1) at θ(0)",
            kind: .upperBound,
            check: ClaimCheck(family: actorFamily) { x in
                let instance = try GibbsInstance(x)
                let pg = try instance.gradient(reading: reading)
                let advantage = StationaryComparison.advantage(pg)
                let supA = Vector.infinityNorm(advantage), supV = Vector.infinityNorm(pg.chain.stateValues(pg.q))
                let bound = 2 * pg.rewards.agentRewardBound / (1 - pg.gamma)
                let tol = Tolerance(2 * Double(pg.space.nodeCount) * pg.qError, "|S| team solves")
                return Evaluation(
                    measurements: [Measurement("sup|A| ≤ 2 sup|V|", lhs: supA, .lessOrEqual, rhs: 2 * supV, tolerance: tol),
                                   Measurement("2 sup|V| ≤ 2r_max/(1−γ)", lhs: 2 * supV, .lessOrEqual, rhs: bound, tolerance: tol)],
                    quantities: [NamedValue("sup|A|", supA), NamedValue("sup|V|", supV), NamedValue("r_max", pg.rewards.agentRewardBound),
                                 NamedValue("|S|", Double(pg.space.nodeCount))],
                    notes: [instance.network.description])
            })
    }

    /// App. D.2.2, (D.33) (performance difference, Kakade–Langford): (1−γ)(J(θ') − J(θ)) =
    /// E_{σ̄_{θ'}}[⟨A^{Π^θ}(µ, ·), Π^{θ'}(·|µ) − Π^θ(·|µ)⟩], for θ the instance's θ(0) and θ' a random point of B.
    static let lemmaD6Step3 = Claim(
        id: "ltde.lemD.6/step3", paper: .ltde, source: "Lemma D.6 proof (App. D.2.2), (D.33)",
        statement: "By the Performance Difference Lemma (Kakade and Langford [32]), (1−γ)·(J(θ*) − J(θ̂)) = E_{σ̄_{θ*}}[⟨A^{Π^θ̃}(µ, ·), Π^{θ*}(·|µ) − Π^θ̃(·|µ)⟩] (D.33).",
        reading: "for any pair of policies (θ* and θ̃ need not be optimal or stationary for the identity): θ = θ(0), θ' uniform in B",
        hypotheses: "actor family (M = 4, R = τ = 1); r_s under both readings",
        kind: .identity,
        check: ClaimCheck(family: actorFamily) { x in
            let instance = try GibbsInstance(x)
            let box = ActorBox(centre: instance.theta, radius: try x.scalar("radius"), width: 4)
            let other = box.randomPoint(RandomSource(seed: x.seed).child("theta'"))
            var measurements: [Measurement] = []
            for reading in TeamRewardReading.allCases {
                let base = try instance.gradient(reading: reading), moved = try instance.gradient(at: other, reading: reading)
                let advantage = StationaryComparison.advantage(base)
                let bar = moved.chain.measureMarginal(moved.sigma), space = base.space
                var rhs = 0.0
                for mu in 0..<space.measureCount {
                    let first = space.firstConfiguration[mu]
                    for j in 0..<base.chain.policyWeights[mu].count {
                        rhs += bar[mu] * advantage[first + j] * (moved.chain.policyWeights[mu][j] - base.chain.policyWeights[mu][j])
                    }
                }
                let lhs = (1 - base.gamma) * (moved.objective - base.objective)
                measurements.append(Measurement("\(reading.rawValue) r_s", lhs: lhs, .equal, rhs: rhs,
                                                tolerance: Tolerance(2 * base.objectiveError + 2 * moved.objectiveError, "exact solves of both policies")))
            }
            return Evaluation(measurements: measurements, notes: [instance.network.description])
        })

    /// App. D.2.2, (D.29)–(D.32): combining (D.29) with (D.30)–(D.31) replaces Q·Φ by A·φ, i.e.
    /// Σ_s E_σ[Q Φᵀ(θ_s − θ̃_s)] = Σ_s E_σ[A φ_{θ̃_s}ᵀ(θ_s − θ̃_s)] for every θ ∈ B, so (D.32) holds exactly when the
    /// stationarity (D.29) does. Checked at a near-stationary θ̃ for random θ ∈ B; the stationarity gap
    /// ε = max_{θ∈B} ∇J(θ̃)ᵀ(θ − θ̃), which bounds both sides by (1−γ)ε/τ, is reported.
    static let lemmaD6Step4 = Claim(
        id: "ltde.lemD.6/step4", paper: .ltde, source: "Lemma D.6 proof (App. D.2.2), (D.29)–(D.32)",
        statement: "Since θ̃ ∈ B is a stationary point of J(·), Σ_{s∈S} E_{σ_θ̃}[Q^{Π^θ̃}(µ, h)·Φ(θ̃, s, µ, h)ᵀ(θ_s − θ̃_s)] ≤ 0, ∀θ ∈ B (D.29). Combining (D.29) with (D.30) and (D.31), Σ_{s∈S} E_{σ_θ̃}[A^{Π^θ̃}(µ, h)·φ_{θ̃_s}(µ(s), h(s))ᵀ(θ_s − θ̃_s)] ≤ 0, ∀θ ∈ B (D.32).",
        reading: "the combination step: the left sides of (D.29) and (D.32) are equal for every θ ∈ B (so the sign of (D.32) is that of (D.29), i.e. stationarity, reported through ε); θ̃ by projected ascent with the exact gradient",
        hypotheses: "actor family (M = 4, R = τ = 1); r_s as printed; three uniform points θ of B",
        kind: .identity,
        check: ClaimCheck(family: actorFamily) { x in
            let instance = try GibbsInstance(x)
            guard let energy = instance.energy as? NeuralTeamEnergy else { throw ClaimError.outsideHypotheses("needs the neural energy") }
            let box = ActorBox(centre: instance.theta, radius: try x.scalar("radius"), width: 4)
            let comparison = try StationaryComparison(instance: instance, box: box, reading: .printed, rng: RandomSource(seed: x.seed).child("starts"),
                                                      searchComparator: false)
            let pg = comparison.stationary, space = pg.space, tau = energy.temperature
            let advantage = StationaryComparison.advantage(pg)
            let advantageTerms = (0..<space.nodeCount).map { s -> [Double] in
                var c = [Double](repeating: 0, count: pg.theta[s].count)
                for xi in 0..<space.count {
                    let phi = energy.features(space.localFeature(xi, node: s), theta: pg.theta[s])
                    for i in 0..<c.count { c[i] += pg.sigma[xi] * advantage[xi] * phi[i] }
                }
                return c
            }
            let qTerms = (0..<space.nodeCount).map { s in pg.scoreExpectation(team: s, pg.q).map { $0 * (1 - pg.gamma) / tau } }
            let rng = RandomSource(seed: x.seed).child("theta")
            let measurements = (0..<3).map { trial -> Measurement in
                let theta = box.randomPoint(rng)
                var lhs = 0.0, rhs = 0.0
                for s in 0..<space.nodeCount {
                    let delta = Vector.difference(theta[s], pg.theta[s])
                    lhs += Vector.dot(qTerms[s], delta)
                    rhs += Vector.dot(advantageTerms[s], delta)
                }
                return Measurement("θ #\(trial)", lhs: lhs, .equal, rhs: rhs,
                                   tolerance: .roundoff(scale: 2 * Vector.infinityNorm(pg.q) * box.halfWidth * Double(pg.theta.flatMap { $0 }.count), operations: 8 * space.count,
                                                        what: "σ-expectations"))
            }
            return Evaluation(measurements: measurements,
                              quantities: [NamedValue("ε = max_B ∇J(θ̃)ᵀ(θ − θ̃)", comparison.gap), NamedValue("(1−γ)ε/τ", (1 - pg.gamma) * comparison.gap / tau),
                                           NamedValue("ascent steps", Double(comparison.ascentSteps))],
                              notes: [instance.network.description])
        })
}
