import Foundation
import GSLKit

extension LTDEClaims {
    /// ltde, Lemma D.7: E_init ‖f − Proj_{F̃_{R,M}} f‖_{L2(σ_θ̃)} ≤ O(|S| R d_{ζ_s}^{1/2}/M^{1/2}) for every
    /// f ∈ F_{R,∞} (Assumption 5.9), F̃_{R,M} of (D.36). Checked on f = Σ_s g(ζ_s) + (initial network)
    /// with g of `SignRepresenter`, the distance bounded above by the class's Monte-Carlo member.
    static let lemmaD7 = Claim(
        id: "ltde.lemD.7", paper: .ltde, source: "Lemma D.7 (App. D.2.2), (D.37)",
        statement: "For any function f(ζ) ∈ F_{R,∞} defined in Assumption 5.9, we have E_init ‖f(·) − Proj_{F̃_{R,M}} f(·)‖_{L2(σ_θ̃)} ≤ O(|S| R d_{ζ_s}^{1/2}/M^{1/2}) (D.37).",
        reading: "on f = Σ_s [φ_{θ_s(0)}(ζ_s)ᵀθ_s(0) + g(ζ_s)] with ι(v) = R·sign(v) (closed form); the distance bounded above by the class's Monte-Carlo member; σ the visitation of a random Π ∈ U (the Monte-Carlo bound holds pointwise, so for any σ)",
        hypotheses: "3-node paths, N = 2, m = 2; ζ_s = (µ(s), h(s)), d_{ζ_s} = 3; R = 1; M = 16 … 4096, 8 initialisations per M; every team",
        kind: .rate,
        check: ClaimCheck(family: criticFamily) { x in
            let problem = try TeamProblem(x)
            let sigma = try problem.chain.visitation(initialMeasures: problem.space.uniformProfileLaw)
            let space = problem.space
            let inputs = (0..<space.nodeCount).map { s in (0..<space.count).map { space.localFeature($0, node: s) } }
            let widths = [16, 64, 256, 1024, 4096]
            let rng = RandomSource(seed: x.seed).child("features")
            let errors = widths.map { m -> Double in
                (0..<8).reduce(0.0) { total, seed in
                    let child = rng.child("M=\(m)#\(seed)")
                    let initials = (0..<space.nodeCount).map { SignRepresenter.initial(width: m, dimension: 1 + space.actionCount, rng: child.child("team\($0)")) }
                    let gap = (0..<space.count).map { xi in
                        (0..<space.nodeCount).reduce(0.0) { acc, s in
                            acc + SignRepresenter.value(inputs[s][xi], radius: 1)
                                - SignRepresenter.monteCarloMember(inputs[s][xi], initial: initials[s], width: m, radius: 1)
                        }
                    }
                    return total + l2Norm(gap, weights: sigma) / 8
                }
            }
            return Evaluation(
                rate: RateObservation(x: widths.map(Double.init), y: errors, claimedExponent: -0.5, kind: .atMost,
                                      xLabel: "M (width)", yLabel: "E_init ‖f − Proj f‖_{L2(σ)} (upper bound)"),
                quantities: zip(widths, errors).map { NamedValue("M = \($0)", $1) },
                notes: [problem.instance.description])
        },
        defaultInstances: 2)
}
