import Foundation
import GSLKit

extension MAPPOClaims {
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
