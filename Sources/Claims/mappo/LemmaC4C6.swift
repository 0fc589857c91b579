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

    static let lemmaC6Statement = "For any conditional policy π: S × A^{m−1} → Δ(A), and s ∈ S, a^{1:m−1} ∈ A^{m−1}, if we set stepsize η = (1−γ)sqrt(log|A|/K), then Σ_{k=1}^K ⟨π(·|s,a^{1:m−1}) − π_k(·|s,a^{1:m−1}), f_k^m(s,a^{1:m−1},·)⟩ ≤ 2 sqrt(2 log|A| K)/(1−γ)."

    /// mappo, Lemma C.6, as printed: the regret against the worst comparator with the stated η.
    static let lemmaC6 = Claim(
        id: "mappo.lemC.6", paper: .mappo, source: "Lemma C.6 (App. C.2)",
        statement: lemmaC6Statement,
        hypotheses: "ExponentialWeightsRegret payoff sequences with η = (1−γ)sqrt(log|A|/K) (etaScale ignored).",
        kind: .upperBound,
        check: ClaimCheck(family: ExponentialWeightsRegret.family) { x in
            let (f, gamma) = try ExponentialWeightsRegret.payoffs(x)
            let k = f[0].count, horizon = Double(f.count)
            let r = ExponentialWeightsRegret(payoffs: f, eta: ExponentialWeightsRegret.stepSize(gamma: gamma, actions: k, horizon: f.count))
            let rhs = 2 * (2 * log(Double(k)) * horizon).squareRoot() / (1 - gamma)
            return Evaluation(measurements: [Measurement(lhs: r.regret, .lessOrEqual, rhs: rhs,
                                                         tolerance: .roundoff(scale: rhs, operations: 8 * f.count * k, what: "K inner products"),
                                                         trivialBound: horizon / (1 - gamma))],
                              quantities: [NamedValue("η", r.eta), NamedValue("K", horizon), NamedValue("|A|", Double(k))])
        })

    /// mappo, Lemma C.6 proof: ⟨π_{k+1} − π_k, f_k⟩ ≤ 2η/(1−γ)² for every k (worst k shown).
    static let lemmaC6Step1 = Claim(
        id: "mappo.lemC.6/step1", paper: .mappo, source: "Lemma C.6 proof, per-step stability",
        statement: "⟨π_{k+1}^m(·|s,a^{1:m−1}) − π_k^m(·|s,a^{1:m−1}), f_k^m(s,a^{1:m−1},·)⟩ ≤ 2η/(1−γ)².",
        reading: "the garbled right side read as 2η/(1−γ)², the term that sums to 2ηK/(1−γ)² in the next line",
        hypotheses: "As mappo.lemC.6 (η = (1−γ)sqrt(log|A|/K)); the largest of the K terms.",
        kind: .upperBound,
        check: ClaimCheck(family: ExponentialWeightsRegret.family) { x in
            let (f, gamma) = try ExponentialWeightsRegret.payoffs(x)
            let eta = ExponentialWeightsRegret.stepSize(gamma: gamma, actions: f[0].count, horizon: f.count)
            let r = ExponentialWeightsRegret(payoffs: f, eta: eta)
            let terms = r.stability
            let k = terms.indices.max { terms[$0] < terms[$1] }!
            let rhs = 2 * eta / ((1 - gamma) * (1 - gamma))
            return Evaluation(measurements: [Measurement("k=\(k + 1)", lhs: terms[k], .lessOrEqual, rhs: rhs,
                                                         tolerance: .roundoff(scale: 1 / (1 - gamma), operations: 8 * f[0].count, what: "an inner product"))])
        })

    /// mappo, Lemma C.6 proof, last line: with η = (1−γ)sqrt(log|A|/K),
    /// 2ηK/(1−γ)² + log|A|/η ≤ 2 sqrt(2 log|A| K)/(1−γ) (the left side is 3 sqrt(K log|A|)/(1−γ)).
    static let lemmaC6Step2 = Claim(
        id: "mappo.lemC.6/step2", paper: .mappo, source: "Lemma C.6 proof, last line",
        statement: "Σ_{k=1}^K ⟨π − π_k, f_k^m⟩ ≤ 2ηK/(1−γ)² + log|A|/η = 2 sqrt(2 log|A| K)/(1−γ), where the last line is by setting η = (1−γ)sqrt(log|A|/K).",
        reading: "the arithmetic of the last line, as ≤ (it fails as = too)",
        hypotheses: "The K, |A|, γ of ExponentialWeightsRegret instances.",
        kind: .upperBound,
        check: ClaimCheck(family: ExponentialWeightsRegret.family) { x in
            let k = try x.integer("actions"), horizon = try x.integer("horizon"), gamma = try x.scalar("gamma")
            let eta = ExponentialWeightsRegret.stepSize(gamma: gamma, actions: k, horizon: horizon)
            let lhs = 2 * eta * Double(horizon) / ((1 - gamma) * (1 - gamma)) + log(Double(k)) / eta
            let rhs = 2 * (2 * log(Double(k)) * Double(horizon)).squareRoot() / (1 - gamma)
            return Evaluation(measurements: [Measurement(lhs: lhs, .lessOrEqual, rhs: rhs, tolerance: .roundoff(scale: lhs, operations: 20, what: "closed forms"))],
                              quantities: [NamedValue("η", eta), NamedValue("lhs·(1−γ)/sqrt(K log|A|)", lhs * (1 - gamma) / (Double(horizon) * log(Double(k))).squareRoot())])
        })
}
