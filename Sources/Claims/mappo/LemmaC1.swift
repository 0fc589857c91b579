import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma C.1, as printed: for any m and π, w.p. ≥ 1 − δ, E^{1:m}(Q_π^{1:m}, π) ≤
    /// O(d log(nLR/δ)/((1−γ)²n)) =: ε_r. Rate check with the hidden constant: y(n) = the 90% quantile
    /// (δ = 0.1) over 40 data sets of E^{1:m}(Q_π^{1:m}, π), divided by log(nLR/δ); claimed slope ≤ −1.
    static let lemmaC1 = Claim(
        id: "mappo.lemC.1", paper: .mappo, source: "Lemma C.1 (App. C.2), after Xie et al. 2021",
        statement: "For any m ∈ N, π ∈ Π^m, with probability at least 1 − δ it holds E^{1:m}(Q_π^{1:m}, π) ≤ O(d log(nLR/δ)/((1−γ)²n)) =: ε_r.",
        reading: "hidden constant: the (1−δ)-quantile over data sets, divided by log(nLR/δ), decays at least like 1/n",
        hypotheses: "Section5Instances: one-hot F^m (d = |S|·|A|^N, L = √d/(1−γ), R = 1), data by the Sec. 5 protocol under π; δ = 0.1; n ∈ {100, 316, 1000, 3162, 10000}, 40 data sets each.",
        kind: .rate,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let s = try Section5Instances.Setup(x)
            let rng = RandomSource(seed: x.seed)
            let ys = Section5Instances.sizes.map { n in
                let errors = (0..<40).map { s.trueBellmanError(s.data(size: n, rng.child("n\(n) #\($0)"))) }
                return Section5Instances.quantile(errors, level: 0.9) / s.constants.logFactor(n)
            }
            return Evaluation(rate: RateObservation(x: Section5Instances.sizes.map(Double.init), y: ys, claimedExponent: -1, kind: .atMost,
                                                    xLabel: "n", yLabel: "q₀.₉ E(Q_π,π)/log(nLR/δ)"),
                              quantities: [NamedValue("d", Double(s.constants.dimension)), NamedValue("m", Double(s.m)), NamedValue("γ", s.game.gamma)])
        })
}
