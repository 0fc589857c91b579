import Foundation
import GSLKit

/// Which bound plays r_max in a bound stated with "r_max" (Lemma 3.5's hypothesis bounds r_s,
/// (2.6) bounds the agents' reward r).
enum RewardBoundReading: String, Sendable {
    /// sup |r_s| over Ξ and s under the r_s reading in use (Lemma 3.5's hypothesis).
    case teamReward
    /// sup |r| of (2.6) over the inputs agents meet.
    case agentReward

    func value(_ rewards: TeamRewards) -> Double {
        switch self {
        case .teamReward: rewards.supremum
        case .agentReward: rewards.agentRewardBound
        }
    }

    var phrase: String {
        switch self {
        case .teamReward: "r_max = sup_{s,ξ} |r_s(ξ)| (the bound Lemma 3.5 assumes on r_s)"
        case .agentReward: "r_max = sup |r| of (2.6) over the inputs (x, µ(N_x), a) agents meet"
        }
    }
}

extension LTDEClaims {
    /// Random networked instances on one graph family, small enough that Ξ has at most a few
    /// hundred configurations: path k ∈ 3…5, ring k ∈ 4…6, grid 2×2 or 3×2; N ∈ {2, 3} (N = 2 on the
    /// 6-node graphs); m = 2; γ ~ U[0.1, 0.95].
    static func networkFamily(_ kind: NetworkGraphKind, gammas: ClosedRange<Double> = 0.1...0.95) -> InstanceFamily {
        let nodes: ClosedRange<Int> = switch kind {
        case .path: 3...5
        case .ring: 4...6
        case .grid: 2...3
        }
        return InstanceFamily(
            description: "\(kind.name) graphs (\(kind == .grid ? "2×2 or 3×2 grids" : "k ∈ \(nodes.lowerBound)…\(nodes.upperBound)")), N ∈ {2, 3}, m = 2, random NetworkedMeanFieldModel tables and individual policy, γ ∈ [\(gammas.lowerBound), \(gammas.upperBound)]",
            searchSpace: NetworkedInstance.searchSpace, admissible: NetworkedInstance.admissible
        ) { rng in
            let k = kind == .grid ? 2 * rng.integer(in: nodes) : rng.integer(in: nodes)
            let n = k >= 6 ? 2 : rng.integer(in: 2...3)
            return NetworkedInstance.sample(rng, graph: kind, nodes: k, width: 2, agents: n, gammas: gammas)
        }
    }

    /// ltde, Lemma 3.5 (Sec. 3.3), as printed: "When the reward r_s in (3.6) is uniformly upper
    /// bounded by r_max > 0, for any s ∈ S, Q_s^Π satisfies the (r_max/(1−γ), √γ)-exponential decay
    /// property", i.e. Δ_s(k) ≤ (r_max/(1−γ)) γ^{(k+1)/2} for every s and k (Def. 3.4).
    /// Left side: Δ_s(k) from the exact team Q_s^Π on Ξ (`OutsideSpread`), for every s and every
    /// k < ecc(s). Right side: the lemma's constants with the chosen r_max.
    static func lemma35(_ kind: NetworkGraphKind, reading: TeamRewardReading, bound: RewardBoundReading = .teamReward) -> Claim {
        var id = "ltde.lem3.5.\(kind.name)"
        if reading == .weighted { id += ".weighted" }
        if bound == .agentReward { id += ".agentRmax" }
        return Claim(
            id: id, paper: .ltde, source: "Lemma 3.5 (Sec. 3.3) with Definition 3.4",
            statement: "When the reward r_s in (3.6) is uniformly upper bounded by r_max > 0, for any s ∈ S, Q_s^Π satisfies the (r_max/(1−γ), √γ)-exponential decay property: |Q_s^Π(µ(N_s^k), µ(N_s^{−k}), h(N_s^k), h(N_s^{−k})) − Q_s^Π(µ(N_s^k), µ'(N_s^{−k}), h(N_s^k), h'(N_s^{−k}))| ≤ (r_max/(1−γ)) (√γ)^{k+1} for all Π ∈ U and (µ, h), (µ', h') ∈ Ξ with µ(N_s^k) = µ'(N_s^k), h(N_s^k) = h'(N_s^k).",
            reading: "\(reading.phrase); \(bound.phrase); |r_s| ≤ r_max read two-sided",
            hypotheses: "\(kind.name) state graphs; Π ∈ U induced (3.2) by a random individual policy π(x, µ(x)); every team s and every k = 0 … ecc(s)−1 (Δ_s(k) = 0 beyond); c = r_max/(1−γ), ρ = √γ",
            kind: .upperBound,
            check: ClaimCheck(family: networkFamily(kind)) { x in
                let problem = try TeamProblem(x)
                let rewards = problem.rewards(reading)
                let q = try problem.chain.teamActionValues(rewards)
                let gamma = problem.gamma, rMax = bound.value(rewards)
                var measurements: [Measurement] = [], worstRatio = 0.0, worstTeam = 0
                var oddRatio = 0.0, evenRatio = 0.0, informationBound = 0.0
                for s in 0..<problem.space.nodeCount {
                    let ecc = OutsideSpread.eccentricity(of: s, in: problem.graph)
                    for k in 0..<ecc {
                        let delta = OutsideSpread(actionValues: q.values[s], space: problem.space, team: s, hops: k).value
                        let rhs = rMax / (1 - gamma) * pow(gamma, Double(k + 1) / 2)
                        if delta / rhs > worstRatio { worstRatio = delta / rhs; worstTeam = s }
                        if k % 2 == 1 { oddRatio = max(oddRatio, delta / rhs) } else { evenRatio = max(evenRatio, delta / rhs) }
                        // osc(r_s)γ^{⌈k/2⌉}/(1−γ): what the App. B argument gives once the first time at which
                        // (µ_t(N_s), h_t(s)) can differ, ⌈k/2⌉, and the oscillation of r_s are used.
                        let corrected = rewards.oscillation(team: s) / (1 - gamma) * pow(gamma, Double((k + 1) / 2))
                        if corrected > 0 { informationBound = max(informationBound, delta / corrected) }
                        measurements.append(Measurement(
                            "s=\(s), k=\(k)", lhs: delta, .lessOrEqual, rhs: rhs,
                            tolerance: Tolerance(2 * q.errorBound, "two exact solves of Q_s^Π on |Ξ| = \(problem.space.count): 2·κ∞·8|Ξ|ε·‖Q_s‖∞"),
                            trivialBound: rewards.oscillation(team: s) / (1 - gamma)))
                    }
                }
                return Evaluation(
                    measurements: measurements,
                    quantities: [NamedValue("γ", gamma), NamedValue("r_max", rMax), NamedValue("sup|r| (2.6)", rewards.agentRewardBound),
                                 NamedValue("c = r_max/(1−γ)", rMax / (1 - gamma)), NamedValue("ρ = √γ", gamma.squareRoot()),
                                 NamedValue("|Ξ|", Double(problem.space.count)), NamedValue("max Δ_s(k)/(cρ^{k+1})", worstRatio),
                                 NamedValue("… over odd k", oddRatio), NamedValue("… over even k", evenRatio),
                                 NamedValue("max Δ_s(k)/(osc(r_s)γ^{⌈k/2⌉}/(1−γ)) (diagnostic)", informationBound)],
                    series: decaySeries(problem: problem, q: q.values[worstTeam], team: worstTeam, rMax: rMax),
                    notes: ["\(problem.instance.description); trivial bound osc(r_s)/(1−γ)"])
            })
    }

    /// Δ_s(k) and the bound (r_max/(1−γ))γ^{(k+1)/2} against k for team s.
    static func decaySeries(problem: TeamProblem, q: [Double], team s: Int, rMax: Double) -> [PlotSeries] {
        let ecc = OutsideSpread.eccentricity(of: s, in: problem.graph), gamma = problem.gamma
        let ks = (0...ecc).map(Double.init)
        let delta = (0...ecc).map { OutsideSpread(actionValues: q, space: problem.space, team: s, hops: $0).value }
        return [PlotSeries(name: "Δ_s(k), s = \(s)", x: ks, y: delta, xLabel: "k (hops)", yLabel: "Δ_s(k)"),
                PlotSeries(name: "(r_max/(1−γ))γ^{(k+1)/2}", x: ks, y: ks.map { rMax / (1 - gamma) * pow(gamma, ($0 + 1) / 2) },
                           xLabel: "k (hops)", yLabel: "Δ_s(k)")]
    }
}
