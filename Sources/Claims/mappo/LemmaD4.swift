import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma D.4, as printed (schematic OCR): E^{1:m}(f_π^{1:m}, π) ≤ O(log(|F||Π|/δ)/(n(1−γ)²)) + C_F
    /// w.p. ≥ 1 − δ. Checked on a finite class that is realizable and complete (C_F = 0) with 32
    /// members: y(n) = 90% quantile over 40 data sets of E(f_π, π); log(|F||Π|/δ) is constant in n;
    /// claimed slope ≤ −1.
    static let lemmaD4 = Claim(
        id: "mappo.lemD.4", paper: .mappo, source: "Lemma D.4 (App. D), after Xie et al. 2021",
        statement: "For any m ∈ N, π ∈ Π^m, let f_π^{1:m} = argmin_{f∈F^m} sup_{admissible ν} ‖f − T_π^{1:m}f‖²_{2,ν}; with probability at least 1 − δ, it holds E^{1:m}(f_π^{1:m}, π) ≤ O(log(|F||Π^m|/δ)/(n(1−γ)²)) + C_F, where we note that |Π^m| ≤ |F^m|^K from (17).",
        reading: "hidden constant, C_F = 0 (a realizable and complete finite class): the (1−δ)-quantile decays at least like 1/n",
        hypotheses: "Section5Instances; F^m = {Q_π^{1:m}} ∪ {Q_π^{1:m} + c_j h_j : j = 1…31} with Σ_b π^{1:m}(b|s)h_j(s,b) = 0 (T_π maps every member to Q_π, so C_F = 0), |f| ≤ 1/(1−γ); δ = 0.1; n ∈ {100…10000}, 40 data sets each.",
        kind: .rate,
        check: ClaimCheck(family: Section5Instances.finiteClassFamily) { x in
            let s = try Section5Instances.Setup(x)
            let rng = RandomSource(seed: x.seed)
            let fClass = FiniteFunctionClass(setup: s, offset: 0, count: 31, rng.child("class"))
            let ys = Section5Instances.sizes.map { n in
                Section5Instances.quantile((0..<40).map { r in
                    fClass.bellmanError(fClass.members[fClass.best], data: s.data(size: n, rng.child("n\(n) #\(r)")), prefixPolicy: s.prefixPolicy, gamma: s.game.gamma)
                }, level: 0.9)
            }
            return Evaluation(rate: RateObservation(x: Section5Instances.sizes.map(Double.init), y: ys, claimedExponent: -1, kind: .atMost,
                                                    xLabel: "n", yLabel: "q₀.₉ E(f_π, π)"),
                              quantities: [NamedValue("C_F", fClass.constant), NamedValue("|F|", Double(fClass.members.count))])
        })
}
