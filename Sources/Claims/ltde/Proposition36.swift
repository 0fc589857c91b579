import Foundation
import GSLKit

/// Where the constants (c, ρ) of a "(c, ρ)-exponential decay" hypothesis come from.
enum DecayConstants: String, Sendable {
    /// ρ = √γ and the smallest c with Δ_s(k) ≤ cρ^{k+1} for every s and k on the instance: the
    /// hypothesis then holds by construction.
    case measured
    /// c = r_max/(1−γ), ρ = √γ with r_max = sup|r_s|: the constants of Lemma 3.5, as the proofs of
    /// Lemma 4.2 and Theorem 5.4 use them.
    case lemma35

    func constants(space: TeamConfigurations, gamma: Double, q: [[Double]], rewards: TeamRewards) -> (c: Double, rho: Double) {
        let rho = gamma.squareRoot()
        switch self {
        case .lemma35:
            return (rewards.supremum / (1 - gamma), rho)
        case .measured:
            var c = 0.0
            for s in 0..<space.nodeCount {
                for k in 0..<OutsideSpread.eccentricity(of: s, in: space.graph) {
                    c = max(c, OutsideSpread(actionValues: q[s], space: space, team: s, hops: k).value / pow(rho, Double(k + 1)))
                }
            }
            return (c, rho)
        }
    }

    var phrase: String {
        switch self {
        case .measured: "(c, ρ) with ρ = √γ and c = max_{s,k} Δ_s(k)/ρ^{k+1}, the smallest c for which Def. 3.4 holds on the instance"
        case .lemma35: "(c, ρ) = (r_max/(1−γ), √γ) of Lemma 3.5, r_max = sup|r_s|"
        }
    }
}

extension LTDEClaims {
    /// ltde, Proposition 3.6, eq. (3.14): under (c, ρ)-decay every local Q-function (any weights)
    /// satisfies |Q̂_s(µ(N_s^k), h(N_s^k)) − Q_s(µ, h)| ≤ cρ^{k+1}. Left side: sup over Ξ of the
    /// error of Q̂_s built from the exact Q_s with each weight family of `LocalQWeights`; right side:
    /// cρ^{k+1} with the constants of `constants`.
    static func proposition36(_ constants: DecayConstants, reading: TeamRewardReading) -> Claim {
        var id = "ltde.prop3.6"
        if constants == .lemma35 { id += ".lemma35" }
        if reading == .weighted { id += ".weighted" }
        return Claim(
            id: id, paper: .ltde, source: "Proposition 3.6 (Sec. 3.3), eq. (3.14), with (Local Q-function)",
            statement: "Let Q̂_s^Π be any localized Q-function in the form of (Local Q-function). Assume the (c, ρ)-exponential decay property in Definition 3.4 holds, then for any µ ∈ P^N(S) and h ∈ H^N(µ), |Q̂_s^Π(µ(N_s^k), h(N_s^k)) − Q_s^Π(µ, h)| ≤ cρ^{k+1} (3.14). Moreover, (3.14) holds independent of the weights in (Local Q-function).",
            reading: "\(constants.phrase); \(reading.phrase); the weight w_s(·; µ(N_s^k), h(N_s^k)) conditioned on ζ_s^k (the printed last argument h(N_s^{−k}) read as h(N_s^k))",
            hypotheses: "mixed path/ring/grid family; Π ∈ U induced by a random π; weights uniform, ν-conditional, σ-conditional (P₀ = law of µ under uniform profiles), anchor, class maximum, midpoint; every s and k < ecc(s)",
            kind: .upperBound,
            check: ClaimCheck(family: mixedNetworkFamily) { x in
                let problem = try TeamProblem(x)
                let rewards = problem.rewards(reading)
                let q = try problem.chain.teamActionValues(rewards)
                let (c, rho) = constants.constants(space: problem.space, gamma: problem.gamma, q: q.values, rewards: rewards)
                let nu = try problem.chain.stationaryDistribution()
                let sigma = try problem.chain.visitation(initialMeasures: problem.space.uniformProfileLaw)
                var measurements: [Measurement] = []
                for s in 0..<problem.space.nodeCount {
                    for k in 0..<OutsideSpread.eccentricity(of: s, in: problem.graph) {
                        let spread = OutsideSpread(actionValues: q.values[s], space: problem.space, team: s, hops: k)
                        for weights in LocalQWeights.allCases {
                            let qHat = weights.localQ(q.values[s], classes: spread.classes, nu: nu, sigma: sigma)
                            let error = Vector.infinityNorm(Vector.difference(qHat, q.values[s]))
                            measurements.append(Measurement("s=\(s), k=\(k), \(weights.rawValue) weights", lhs: error, .lessOrEqual,
                                                            rhs: c * pow(rho, Double(k + 1)),
                                                            tolerance: Tolerance(2 * q.errorBound, "two exact solves of Q_s^Π (a weighted mean and a value)"),
                                                            trivialBound: rewards.oscillation(team: s) / (1 - problem.gamma)))
                        }
                    }
                }
                return Evaluation(measurements: measurements,
                                  quantities: [NamedValue("c", c), NamedValue("ρ", rho), NamedValue("γ", problem.gamma), NamedValue("sup|r_s|", rewards.supremum)],
                                  notes: [problem.instance.description])
            })
    }
}
