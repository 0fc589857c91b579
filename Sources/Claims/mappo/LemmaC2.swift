import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma C.2, as printed: for any m, π, f ∈ F^m, if E^{1:m}(f, π) ≤ ε then w.p. ≥ 1 − δ
    /// ‖f − T_π^{1:m} f‖_{2,μ} ≤ O(sqrt(d log(nLR/δ)/((1−γ)n))) + √ε. Rate check with the hidden
    /// constant, on the f the algorithm produces (the pessimistic estimate at λ(n) of Thm. 5.5) and the
    /// smallest ε it allows (ε = E^{1:m}(f,π)): y(n) = 90% quantile over 40 data sets of
    /// ‖f − Tf‖_{2,μ} − √E(f), divided by sqrt(log(nLR/δ)); claimed slope ≤ −1/2 (the (1−γ) power inside
    /// the root, 1 or 2 in the OCR, does not change the slope in n).
    static let lemmaC2 = Claim(
        id: "mappo.lemC.2", paper: .mappo, source: "Lemma C.2 (App. C.2), after Xie et al. 2021",
        statement: "For any m ∈ N, π ∈ Π^m, f ∈ F^m, if E^{1:m}(f, π) ≤ ε, with probability at least 1 − δ it holds ‖f − T_π^{1:m} f‖_{2,μ} ≤ O(sqrt(d log(nLR/δ)/((1−γ)n))) + √ε.",
        reading: "hidden constant; f the pessimistic estimate of Alg. 2 line 4, ε = E^{1:m}(f, π); the excess over √ε decays at least like n^{−1/2}",
        hypotheses: "Section5Instances; one-hot F^m; λ = (1−γ)⁻¹ε_r^{−2/3} with ε_r's constant 1; T_π^{1:m} and μ exact; δ = 0.1; n ∈ {100…10000}, 40 data sets each.",
        kind: .rate,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let s = try Section5Instances.Setup(x)
            let rng = RandomSource(seed: x.seed)
            let population = s.population
            let ys = Section5Instances.sizes.map { n in
                let excess = (0..<40).map { r -> Double in
                    let data = s.data(size: n, rng.child("n\(n) #\(r)"))
                    let f = RangeConstrainedPessimisticEvaluation(data: data, prefixPolicy: s.prefixPolicy, gamma: s.game.gamma, initialState: s.s0,
                                                  lambda: s.constants.lambda(n)).estimate
                    let residual = population.norm(Vector.difference(f, s.op.apply(f)))
                    return residual - data.bellmanError(f, prefixPolicy: s.prefixPolicy, gamma: s.game.gamma).squareRoot()
                }
                return Section5Instances.quantile(excess, level: 0.9) / s.constants.logFactor(n).squareRoot()
            }
            return Evaluation(rate: RateObservation(x: Section5Instances.sizes.map(Double.init), y: ys, claimedExponent: -0.5, kind: .atMost,
                                                    xLabel: "n", yLabel: "q₀.₉ (‖f−Tf‖_{2,μ} − √E(f))/sqrt(log(nLR/δ))"),
                              quantities: [NamedValue("d", Double(s.constants.dimension)), NamedValue("m", Double(s.m))])
        })
}
