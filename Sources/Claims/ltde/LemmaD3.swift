import Foundation
import GSLKit

extension LTDEClaims {
    /// ltde, Lemma D.3 (Rahimi–Recht; Cai et al., Prop. 4.3): E_init (II)² ≤ O(R² d_{ζ_s^k}/M) with
    /// (II) = ‖Q̂_s − Proj_{F_{R,M}} Q̂_s‖_{L2(ν_θ)}. Membership of the actual Q̂_s in F_{R,∞} cannot be decided
    /// (ltde.asm5.1), so the lemma is checked on the function g ∈ F^{s,k}_{R,∞} of `SignRepresenter`
    /// (shifted by the initial network, which F_{R,M} contains at ω = ω(0)); (II) is bounded above by
    /// the distance to the class's Monte-Carlo member, which decays at the claimed rate or faster.
    static let lemmaD3 = Claim(
        id: "ltde.lemD.3", paper: .ltde, source: "Lemma D.3 (App. D.1.3), (D.13)",
        statement: "Assume Assumption 5.1, we have E_init[‖Q̂_s^{Π^θ}(·) − Proj_{F_{R,M}} Q̂_s^{Π^θ}(·)‖²_{L2(ν_θ)}] ≤ O(R² d_{ζ_s^k}/M) (D.13).",
        reading: "on g + Q_s(·; ω(0)) ∈ F^{s,k}_{R,∞} with ι(v) = R·sign(v) (closed form), since any member of F^{s,k}_{R,∞} satisfies Assumption 5.1; (II) bounded above by the distance to the class's Monte-Carlo member Δ_m = ι([ω(0)]_m)/√M; b_m = 1 as in (D.4)",
        hypotheses: "3-node paths, N = 2, m = 2; team 0, k = 1 (inputs (µ(N_0^1), h(N_0^1)) scaled to ‖ζ‖ ≤ 1, d = 6); R = 1; ν_θ of a random Π ∈ U; M = 16 … 4096, 8 initialisations per M",
        kind: .rate,
        check: ClaimCheck(family: criticFamily) { x in
            let problem = try TeamProblem(x)
            let nu = try problem.chain.stationaryDistribution()
            let ball = problem.graph.neighbourhood(of: 0, hops: 1)
            let scale = 1 / Double(1 + ball.count).squareRoot()
            let inputs = (0..<problem.space.count).map { problem.space.localizedFeature($0, ball: ball).map { $0 * scale } }
            let widths = [16, 64, 256, 1024, 4096]
            let rng = RandomSource(seed: x.seed).child("features")
            let errors = widths.map { m -> Double in
                (0..<8).reduce(0.0) { total, seed in
                    let initial = SignRepresenter.initial(width: m, dimension: inputs[0].count, rng: rng.child("M=\(m)#\(seed)"))
                    let gap = inputs.map { SignRepresenter.value($0, radius: 1) - SignRepresenter.monteCarloMember($0, initial: initial, width: m, radius: 1) }
                    let e = l2Norm(gap, weights: nu)
                    return total + e * e / 8
                }
            }
            return Evaluation(
                rate: RateObservation(x: widths.map(Double.init), y: errors, claimedExponent: -1, kind: .atMost,
                                      xLabel: "M (width)", yLabel: "E_init (II)² (upper bound)"),
                quantities: zip(widths, errors).map { NamedValue("M = \($0)", $1) },
                notes: [problem.instance.description])
        },
        defaultInstances: 2)
}
