import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma D.5, as printed (schematic OCR): if E^{1:m}(f, π) ≤ ε then w.p. ≥ 1 − δ
    /// ‖f − T_π^{1:m} f‖_{2,μ} ≤ O((1/(1−γ))sqrt(K log(|F|/δ)/n)) + sqrt(C_F) + √ε. On the realizable and
    /// complete class (C_F = 0), uniformly over its members with ε = E(f, π): y(n) = 90% quantile over 40
    /// data sets of max_f (‖f − Tf‖_{2,μ} − √E(f)); claimed slope ≤ −1/2.
    static let lemmaD5 = Claim(
        id: "mappo.lemD.5", paper: .mappo, source: "Lemma D.5 (App. D), after Xie et al. 2021",
        statement: "For any m ∈ N, π ∈ Π^m, f ∈ F^m, if E^{1:m}(f, π) ≤ ε, with probability at least 1 − δ it holds ‖f − T_π^{1:m} f‖_{2,μ} ≤ O((1/(1−γ)) sqrt(K log(|F|/δ)/n)) + sqrt(C_F) + √ε.",
        reading: "hidden constant, C_F = 0, ε = E(f, π), worst member of F: the excess decays at least like n^{−1/2}",
        hypotheses: "As mappo.lemD.4.",
        kind: .rate,
        check: ClaimCheck(family: Section5Instances.finiteClassFamily) { x in
            let s = try Section5Instances.Setup(x)
            let rng = RandomSource(seed: x.seed)
            let fClass = FiniteFunctionClass(setup: s, offset: 0, count: 31, rng.child("class"))
            let population = s.population
            let residuals = fClass.members.map { population.norm(Vector.difference($0, fClass.image)) }
            let ys = Section5Instances.sizes.map { n in
                Section5Instances.quantile((0..<40).map { r in
                    let data = s.data(size: n, rng.child("n\(n) #\(r)"))
                    return fClass.members.indices.map { i in
                        residuals[i] - fClass.bellmanError(fClass.members[i], data: data, prefixPolicy: s.prefixPolicy, gamma: s.game.gamma).squareRoot()
                    }.max()!
                }, level: 0.9)
            }
            return Evaluation(rate: RateObservation(x: Section5Instances.sizes.map(Double.init), y: ys, claimedExponent: -0.5, kind: .atMost,
                                                    xLabel: "n", yLabel: "q₀.₉ max_f(‖f−Tf‖_{2,μ} − √E(f))"),
                              quantities: [NamedValue("C_F", fClass.constant), NamedValue("|F|", Double(fClass.members.count))])
        })
}
