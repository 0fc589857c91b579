import Foundation
import GSLKit

extension LTDEClaims {
    /// One of the path, ring and grid families of ltde.lem3.5, chosen at random per instance.
    static let mixedNetworkFamily = InstanceFamily(
        description: "one of the path, ring, grid families of ltde.lem3.5 (k ≤ 6, N ≤ 3, m = 2, γ ∈ [0.1, 0.95]), chosen at random",
        searchSpace: NetworkedInstance.searchSpace, admissible: NetworkedInstance.admissible
    ) { rng in
        try networkFamily(NetworkGraphKind(rawValue: rng.integer(below: 3))!).sample(rng)
    }

    /// App. B (proof of Lemma 3.5): "the distribution P_{t,s}, t ≤ ⌊k/2⌋ only depends on the initial
    /// value (µ(N_s^k), h(N_s^k)). Therefore P_{t,s} = P'_{t,s}, t ≤ ⌊k/2⌋." Left side: the largest
    /// TV(P_{t,s}, P'_{t,s}) over t ≤ ⌊k/2⌋ and over every pair of starting configurations with equal
    /// ζ_s^k, from exact powers of P^Π; right side 0.
    static let lemma35Step2 = Claim(
        id: "ltde.lem3.5/step2", paper: .ltde, source: "Lemma 3.5 proof (App. B), after (B.1)",
        statement: "Due to the local structure of dynamics (B.1) and local dependence of Π^θ, the distribution P_{t,s}, t ≤ ⌊k/2⌋ only depends on the initial value (µ(N_s^k), h(N_s^k)). Therefore, P_{t,s} = P'_{t,s}, t ≤ ⌊k/2⌋, where P_{t,s}, P'_{t,s} are the distributions of (µ_t(N_s), h_t(s)) and (µ'_t(N_s), h'_t(s)).",
        hypotheses: "mixed path/ring/grid family; Π ∈ U induced by a random π; every s, every k < ecc(s), every pair of configurations with equal ζ_s^k",
        kind: .identity,
        check: ClaimCheck(family: mixedNetworkFamily) { x in
            let problem = try TeamProblem(x)
            let space = problem.space, chain = problem.chain
            let propagation = DecayPropagation(chain: chain)
            let maxEcc = (0..<space.nodeCount).map { OutsideSpread.eccentricity(of: $0, in: problem.graph) }.max()!
            var powers = [Matrix.identity(space.count)]
            for _ in 0..<(maxEcc / 2) { powers.append(powers.last!.times(chain.transition)) }
            var measurements: [Measurement] = [], firstPositive: [String] = []
            for s in 0..<space.nodeCount {
                let ecc = OutsideSpread.eccentricity(of: s, in: problem.graph)
                for k in 0..<ecc {
                    let classes = OutsideSpread(actionValues: [Double](repeating: 0, count: space.count), space: space, team: s, hops: k).classes
                    var worst = 0.0, worstT = 0
                    for t in 0...(k / 2) {
                        let rows = (0..<space.count).map { propagation.marginal(powers[t].row($0), team: s) }
                        for members in classes {
                            for xi in members.dropFirst() {
                                let tv = DecayPropagation.totalVariation(rows[members[0]], rows[xi])
                                if tv > worst { worst = tv; worstT = t }
                            }
                        }
                    }
                    if worst > 1e-9 { firstPositive.append("s=\(s), k=\(k): TV = \(shortNumber(worst)) at t = \(worstT) ≤ ⌊k/2⌋ = \(k / 2)") }
                    measurements.append(Measurement("s=\(s), k=\(k): max_{t ≤ ⌊k/2⌋} TV(P_{t,s}, P'_{t,s}) (at t = \(worstT))", lhs: worst, .equal, rhs: 0,
                                                    tolerance: .roundoff(scale: 1, operations: space.count * (k / 2 + 1), what: "exact powers of P^Π")))
                }
            }
            return Evaluation(measurements: measurements, quantities: [NamedValue("|Ξ|", Double(space.count))],
                              notes: [problem.instance.description] + firstPositive.prefix(6))
        })

    /// App. B, the middle inequality: |E_{P_{t,s}} r_s − E_{P'_{t,s}} r_s| ≤ r_max TV(P_{t,s}, P'_{t,s})
    /// for every t, along the pair of configurations attaining Δ_s(k).
    static func lemma35Step3(_ reading: TeamRewardReading) -> Claim {
        Claim(
            id: "ltde.lem3.5/step3" + (reading == .printed ? "" : ".weighted"), paper: .ltde, source: "Lemma 3.5 proof (App. B), the chain of inequalities",
            statement: "Σ_{t=⌊k/2⌋+1}^∞ |E_{(µ_t(N_s),h_t(s))~P_{t,s}}[r_s(µ_t(N_s), h_t(s))] − E_{(µ'_t(N_s),h'_t(s))~P'_{t,s}}[r_s(µ'_t(N_s), h'_t(s))]| ≤ Σ_{t=⌊k/2⌋+1}^∞ γ^t r_max TV(P_{t,s}, P'_{t,s}), where TV is the total variation, upper bounded by 1.",
            reading: "\(reading.phrase); r_max = sup|r_s|; termwise: |E_{P_t} r_s − E_{P'_t} r_s| ≤ r_max TV(P_{t,s}, P'_{t,s}) at every t, along the pair attaining Δ_s(k)",
            hypotheses: "mixed path/ring/grid family; every s and k < ecc(s); t = 0 … T with γ^T ≤ 10⁻¹⁵",
            kind: .upperBound,
            check: ClaimCheck(family: mixedNetworkFamily) { x in
                let problem = try TeamProblem(x)
                let rewards = problem.rewards(reading), rMax = rewards.supremum
                let q = try problem.chain.teamActionValues(rewards)
                let propagation = DecayPropagation(chain: problem.chain)
                let horizon = DecayPropagation.horizon(gamma: problem.gamma)
                var measurements: [Measurement] = []
                for s in 0..<problem.space.nodeCount {
                    for k in 0..<OutsideSpread.eccentricity(of: s, in: problem.graph) {
                        let spread = OutsideSpread(actionValues: q.values[s], space: problem.space, team: s, hops: k)
                        let p = propagation.profile(from: spread.high, spread.low, team: s, reward: rewards.values[s], horizon: horizon)
                        var t = 0
                        for j in 0..<horizon where abs(p.rewardGap[j]) - rMax * p.tv[j] > abs(p.rewardGap[t]) - rMax * p.tv[t] { t = j }
                        measurements.append(Measurement("s=\(s), k=\(k), t=\(t)", lhs: abs(p.rewardGap[t]), .lessOrEqual, rhs: rMax * p.tv[t],
                                                        tolerance: .roundoff(scale: rMax, operations: problem.space.count * (t + 1), what: "propagated laws"),
                                                        trivialBound: rewards.oscillation(team: s)))
                    }
                }
                return Evaluation(measurements: measurements,
                                  quantities: [NamedValue("r_max = sup|r_s|", rMax), NamedValue("max_s osc(r_s)", (0..<problem.space.nodeCount).map { rewards.oscillation(team: $0) }.max()!)],
                                  notes: [problem.instance.description])
            })
    }

    /// App. B, the conclusion: |ΔQ_s| ≤ Σ_{t ≥ ⌊k/2⌋+1} γ^t r_max TV(P_{t,s}, P'_{t,s}) ≤ (r_max/(1−γ)) γ^{⌊k/2⌋+1},
    /// for the pair attaining Δ_s(k).
    static func lemma35Step4(_ reading: TeamRewardReading) -> Claim {
        Claim(
            id: "ltde.lem3.5/step4" + (reading == .printed ? "" : ".weighted"), paper: .ltde, source: "Lemma 3.5 proof (App. B), the displayed conclusion",
            statement: "|Q_s^{Π^θ}(µ(N_s^k), µ(N_s^{−k}), h(N_s^k), h(N_s^{−k})) − Q_s^{Π^θ}(µ(N_s^k), µ'(N_s^{−k}), h(N_s^k), h'(N_s^{−k}))| ≤ Σ_{t=⌊k/2⌋+1}^∞ γ^t r_max TV(P_{t,s}, P'_{t,s}) ≤ (r_max/(1−γ)) γ^{⌊k/2⌋+1}.",
            reading: "\(reading.phrase); r_max = sup|r_s|; both inequalities at the pair attaining Δ_s(k)",
            hypotheses: "mixed path/ring/grid family; every s and k < ecc(s); the series truncated at γ^T ≤ 10⁻¹⁵ with its tail r_max γ^T/(1−γ) as tolerance",
            kind: .upperBound,
            check: ClaimCheck(family: mixedNetworkFamily) { x in
                let problem = try TeamProblem(x)
                let rewards = problem.rewards(reading), rMax = rewards.supremum, gamma = problem.gamma
                let q = try problem.chain.teamActionValues(rewards)
                let propagation = DecayPropagation(chain: problem.chain)
                let horizon = DecayPropagation.horizon(gamma: gamma)
                var measurements: [Measurement] = []
                for s in 0..<problem.space.nodeCount {
                    for k in 0..<OutsideSpread.eccentricity(of: s, in: problem.graph) {
                        let spread = OutsideSpread(actionValues: q.values[s], space: problem.space, team: s, hops: k)
                        let p = propagation.profile(from: spread.high, spread.low, team: s, reward: rewards.values[s], horizon: horizon)
                        var sum = 0.0
                        for t in (k / 2 + 1)..<horizon { sum += pow(gamma, Double(t)) * rMax * p.tv[t] }
                        let solve = Tolerance(2 * q.errorBound, "two exact solves of Q_s^Π")
                        measurements.append(Measurement("s=\(s), k=\(k): Σ_{t>⌊k/2⌋} γ^t r_max TV_t", lhs: spread.value, .lessOrEqual, rhs: sum,
                                                        tolerance: solve + Tolerance(rMax * pow(gamma, Double(horizon)) / (1 - gamma), "series tail r_max γ^T/(1−γ)")))
                        measurements.append(Measurement("s=\(s), k=\(k): (r_max/(1−γ))γ^{⌊k/2⌋+1}", lhs: spread.value, .lessOrEqual,
                                                        rhs: rMax / (1 - gamma) * pow(gamma, Double(k / 2 + 1)), tolerance: solve,
                                                        trivialBound: rewards.oscillation(team: s) / (1 - gamma)))
                    }
                }
                return Evaluation(measurements: measurements, quantities: [NamedValue("γ", gamma), NamedValue("r_max = sup|r_s|", rMax)],
                                  notes: [problem.instance.description])
            })
    }
}
