import ExactSolvers
import GSLKit
import MarkovGames

extension MFPPOClaims {
    static let proposition22Statement = "For any permutation mapping κ(·), the value function satisfies V^ν(s, s_r) = V^ν(s, κ(s_r)). Additionally, there exists g_ν such that V^ν(s, s_r) = g_ν(s, p̂_{s_r}), where p̂_{s_r} = (1/N) Σ_{s∈s_r} δ_s is the empirical distribution over the states of rest of the agents s_r."

    /// The largest spread of V over the groups {(s, i) : s_i = z, hist(s_{−i}) = h}, over every agent
    /// i taken as the representative: 0 iff V(s) = g(s_i, p̂_{s_{−i}}) for one g and every i (p̂ with
    /// either normalisation, 1/N or 1/(N − 1), is a one-to-one function of the histogram h).
    static func representativeSpread(game g: Game, values v: [Double]) throws -> (spread: Double, groups: Int) {
        guard let population = g.population else { throw ClaimError.outsideHypotheses("the game has no population structure") }
        let n = g.agentCount
        var low: [[Int]: Double] = [:], high: [[Int]: Double] = [:]
        for s in 0..<g.stateCount {
            let profile = population.profile(ofState: s, agents: n)
            for i in 0..<n {
                var key = [Int](repeating: 0, count: population.localStateCount + 1)
                key[0] = profile[i]
                for (j, z) in profile.enumerated() where j != i { key[1 + z] += 1 }
                low[key] = min(low[key] ?? .infinity, v[s])
                high[key] = max(high[key] ?? -.infinity, v[s])
            }
        }
        return (low.keys.map { high[$0]! - low[$0]! }.max() ?? 0, low.count)
    }

    static func proposition22Evaluation(_ x: ClaimInstance) throws -> Evaluation {
        let g = try x.requireGame()
        let values = try PopulationPolicyValues(game: g, policy: try x.policy("nu"))
        let (spread, groups) = try representativeSpread(game: g, values: values.scaledValues)
        return Evaluation(
            measurements: [Measurement("max over keys (s_i, p̂_{s_{−i}}) of the spread of V^ν", lhs: spread, .equal, rhs: 0,
                                       tolerance: .discounted(g, scale: values.scale, solves: 2, what: "V^ν"))],
            quantities: [NamedValue("N", Double(g.agentCount)), NamedValue("keys (s, p̂)", Double(groups)), NamedValue("|S^N|", Double(g.stateCount)),
                         NamedValue("ν's invariance violation", try PermutationInvariance.worstViolation(of: JointPolicy(table: values.policy), in: g))])
    }
}

