import Foundation
import GSLKit

extension MAPPOClaims {
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
}
