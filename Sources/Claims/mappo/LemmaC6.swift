import Foundation
import GSLKit

extension MAPPOClaims {
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
}
