import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MFPPOClaims {
    static let proposition21bStep3Statement = "From V^ν = lim_{k→∞} V_k^ν, we can conclude that V^ν is also permutation invariant."

    /// The number of recursion steps after which γ^K·‖R^ν‖/(1−γ) is below round-off of V.
    static func limitSteps(gamma: Double) -> Int { gamma == 0 ? 1 : Int((log(1e-17) / log(gamma)).rounded(.up)) + 1 }

    static func limitEvaluation(_ x: ClaimInstance, scaled: Bool) throws -> Evaluation {
        let g = try x.requireGame()
        let values = try PopulationPolicyValues(game: g, policy: try x.policy("nu"))
        let steps = limitSteps(gamma: g.gamma)
        let vK = kStepValues(values, steps: steps).last!
        let target = scaled ? values.scaledValues : values.evaluation.values
        let worst = vK.indices.max { abs(vK[$0] - target[$0]) < abs(vK[$1] - target[$1]) }!
        let tail = pow(g.gamma, Double(steps)) * Vector.infinityNorm(values.expectedReward) / (1 - g.gamma)
        let tol = Tolerance.discounted(g, scale: values.scale, solves: 1, what: "V_u")
            + .roundoff(scale: values.scale, operations: steps * (g.stateCount + 2), what: "\(steps) recursion steps")
            + Tolerance(tail, "tail γ^K‖R^ν‖/(1−γ) = \(tail)")
        return Evaluation(
            measurements: [Measurement("V_K^ν(s) = V^ν(s) at the worst s = \(g.stateNames[worst])", lhs: vK[worst], .equal, rhs: target[worst], tolerance: tol)],
            quantities: [NamedValue("K", Double(steps)), NamedValue("γ", g.gamma), NamedValue("1 − γ", 1 - g.gamma),
                         NamedValue("ratio V_K/V at that state", target[worst] == 0 ? .nan : vK[worst] / target[worst])])
    }

    static let proposition21bStep4Statement = "Q^ν(s, a) is the unique solution of the Bellman evaluation equation (C.2) Q(s, a) = r(s, a) + Σ_{s',a'} P(s'|s, a) Q(s', a') ν(a'|s'). From the permutation invariance of r, P and ν, Q(κ(s), κ(a)) is also a solution to (C.2); since Q^ν is the unique solution, Q^ν(s, a) = Q^ν(κ(s), κ(a))."
}

