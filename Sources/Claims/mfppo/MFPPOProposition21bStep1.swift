import ExactSolvers
import GSLKit
import MarkovGames

extension MFPPOClaims {
    /// mfppo, proof of Proposition 2.1 (App. C), second part, first step: "from permutation
    /// invariance defined in (2.1), we have that both R^ν and P^ν(s'|s) is permutation invariant".
    static let proposition21bStep1 = Claim(
        id: "mfppo.prop2.1b/step1", paper: .mfppo, source: "Proposition 2.1, proof (App. C), second part",
        statement: "Let R^ν(s) = E_{a~ν} R(s, a) and P^ν(s'|s) = E_{a~ν} P(s'|s, a); from permutation invariance defined in (2.1), both R^ν and P^ν(s'|s) are permutation invariant.",
        hypotheses: "As mfppo.prop2.1b. R^ν(κs) = R^ν(s) and P^ν(κs'|κs) = P^ν(s'|s), worst over all N! permutations.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.withInvariantPolicy) { x in
            let g = try x.requireGame()
            let values = try PopulationPolicyValues(game: g, policy: try x.policy("nu"))
            let perms = try AgentPermutations(game: g)
            let r = values.expectedReward, p = values.stateTransitions
            var dP = 0.0
            for sm in perms.stateMaps {
                for s in 0..<g.stateCount { for t in 0..<g.stateCount { dP = max(dP, abs(p[sm[s], sm[t]] - p[s, t])) } }
            }
            let ops = g.jointActionCount
            return Evaluation(
                measurements: [
                    Measurement("max_{κ,s} |R^ν(κs) − R^ν(s)|", lhs: perms.stateViolation(r), .equal, rhs: 0,
                                tolerance: .roundoff(scale: Vector.infinityNorm(r), operations: 2 * ops, what: "Σ_a ν r")),
                    Measurement("max_{κ,s,s'} |P^ν(κs'|κs) − P^ν(s'|s)|", lhs: dP, .equal, rhs: 0,
                                tolerance: .roundoff(scale: 1, operations: 2 * ops, what: "Σ_a ν P")),
                ],
                quantities: [NamedValue("|A^N|", Double(ops))])
        })
}
