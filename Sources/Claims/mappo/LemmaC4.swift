import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma C.4 ("be the leader"), as printed, at its tightest comparator (the maximiser of
    /// Σ_k⟨π,f_k⟩ − ℓ(π), in closed form (1/η) log Σ_a exp(ηΣ_k f_k(a))).
    static let lemmaC4 = Claim(
        id: "mappo.lemC.4", paper: .mappo, source: "Lemma C.4 (App. C.2)",
        statement: "For any conditional policy π: S × A^{m−1} → Δ(A), and s ∈ S, a^{1:m−1} ∈ A^{m−1}: Σ_{k=1}^K ⟨π_{k+1}(·|s,a^{1:m−1}), f_k^m(s,a^{1:m−1},·)⟩ − ℓ_{sa}(π_1(·|s,a^{1:m−1})) ≥ Σ_{k=1}^K ⟨π(·|s,a^{1:m−1}), f_k^m(s,a^{1:m−1},·)⟩ − ℓ_{sa}(π), where ℓ_{sa}(π) = (1/η) Σ_{a∈A} π(a|s,a^{1:m−1}) log π(a|s,a^{1:m−1}).",
        hypotheses: "ExponentialWeightsRegret instances (one row (s,a^{1:m−1}); f_k ∈ [0, 1/(1−γ)]^A; π_{k+1} ∝ π_k e^{ηf_k}; η = etaScale·(1−γ)sqrt(log|A|/K)).",
        kind: .lowerBound,
        check: ClaimCheck(family: ExponentialWeightsRegret.family) { x in
            let (f, gamma) = try ExponentialWeightsRegret.payoffs(x)
            let eta = try x.scalar("etaScale") * ExponentialWeightsRegret.stepSize(gamma: gamma, actions: f[0].count, horizon: f.count)
            let r = ExponentialWeightsRegret(payoffs: f, eta: eta)
            let scale = r.bestRegularizedValue
            return Evaluation(measurements: [Measurement(lhs: r.leaderValue, .greaterOrEqual, rhs: scale,
                                                         tolerance: .roundoff(scale: scale, operations: 8 * f.count * f[0].count, what: "K inner products and a log-sum-exp"))],
                              quantities: [NamedValue("η", eta), NamedValue("K", Double(f.count)), NamedValue("|A|", Double(f[0].count))])
        })
}
