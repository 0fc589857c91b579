import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma C.5, in the form its proof gives from C.4 (the OCR lost ℓ(π); ℓ(π) ≤ 0 so the
    /// printed right side without it is the weaker, implied bound): at the worst comparator (a vertex),
    /// Σ_k⟨π − π_k, f_k⟩ ≤ Σ_k⟨π_{k+1} − π_k, f_k⟩ − ℓ(π_1).
    static let lemmaC5 = Claim(
        id: "mappo.lemC.5", paper: .mappo, source: "Lemma C.5 (App. C.2)",
        statement: "For any conditional policy π and s ∈ S, a^{1:m−1} ∈ A^{m−1}: Σ_{k=1}^K ⟨π(·|s,a^{1:m−1}) − π_k(·|s,a^{1:m−1}), f_k^m(s,a^{1:m−1},·)⟩ ≤ Σ_{k=1}^K ⟨π_{k+1}(·|s,a^{1:m−1}) − π_k(·|s,a^{1:m−1}), f_k^m(s,a^{1:m−1},·)⟩ − ℓ_{sa}(π_1(·|s,a^{1:m−1})).",
        reading: "right side as printed (without +ℓ(π), which is ≤ 0); −ℓ(π_1) = log|A|/η",
        hypotheses: "As mappo.lemC.4; left side maximised over π (a vertex).",
        kind: .upperBound,
        check: ClaimCheck(family: ExponentialWeightsRegret.family) { x in
            let (f, gamma) = try ExponentialWeightsRegret.payoffs(x)
            let eta = try x.scalar("etaScale") * ExponentialWeightsRegret.stepSize(gamma: gamma, actions: f[0].count, horizon: f.count)
            let r = ExponentialWeightsRegret(payoffs: f, eta: eta)
            let rhs = r.stability.reduce(0, +) - r.regularizer(r.policies[0])
            return Evaluation(measurements: [Measurement(lhs: r.regret, .lessOrEqual, rhs: rhs,
                                                         tolerance: .roundoff(scale: max(abs(rhs), r.regret), operations: 8 * f.count * f[0].count, what: "K inner products"))],
                              quantities: [NamedValue("η", eta), NamedValue("log|A|/η", log(Double(f[0].count)) / eta)])
        })
}
